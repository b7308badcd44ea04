package dev.floe.sql;

/**
 * Snowflake's reserved keywords: words that cannot be unquoted identifiers. Looked up on a
 * region of the source text with an open-addressing table, so lexing a word allocates nothing.
 */
final class ReservedWords {
    private static final String[] WORDS = {
        "ALL", "ALTER", "AND", "ANY", "AS", "BETWEEN", "BY", "CASE", "CAST", "CHECK", "COLUMN", "CONNECT",
        "CONNECTION", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME",
        "CURRENT_TIMESTAMP", "CURRENT_USER", "DATABASE", "DELETE", "DISTINCT", "DROP", "ELSE", "EXISTS", "FALSE",
        "FOLLOWING", "FOR", "FROM", "FULL", "GRANT", "GROUP", "GSCLUSTER", "HAVING", "ILIKE", "IN", "INCREMENT",
        "INNER", "INSERT", "INTERSECT", "INTO", "IS", "ISSUE", "JOIN", "LATERAL", "LEFT", "LIKE", "LOCALTIME",
        "LOCALTIMESTAMP", "MINUS", "NATURAL", "NOT", "NULL", "OF", "ON", "OR", "ORDER", "ORGANIZATION", "QUALIFY",
        "REGEXP", "REVOKE", "RIGHT", "RLIKE", "ROW", "ROWS", "SAMPLE", "SCHEMA", "SELECT", "SET", "SOME", "START",
        "TABLE", "TABLESAMPLE", "THEN", "TO", "TRIGGER", "TRUE", "TRY_CAST", "UNION", "UNIQUE", "UPDATE", "USING",
        "VALUES", "VIEW", "WHEN", "WHENEVER", "WHERE", "WITH",
    };
    private static final String[] TABLE = new String[256];

    static {
        for (String word : WORDS) {
            int slot = hash(word, 0, word.length());
            while (TABLE[slot] != null) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = word;
        }
    }

    private ReservedWords() {
    }

    static boolean contains(String source, int start, int end) {
        int length = end - start;
        for (int slot = hash(source, start, end); TABLE[slot] != null; slot = (slot + 1) & (TABLE.length - 1)) {
            String word = TABLE[slot];
            if (word.length() == length && source.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + Character.toUpperCase(text.charAt(i));
        }
        return (hash ^ (hash >>> 16)) & (TABLE.length - 1);
    }
}
