package dev.floe.engine.catalog;

import java.util.Objects;

/**
 * A fully qualified, canonical object name (identifier rules already applied): database,
 * schema, object. Schemas have a null object part; databases null schema and object parts.
 */
public record ObjectName(String database, String schema, String object) implements Comparable<ObjectName> {

    public static ObjectName database(String database) {
        return new ObjectName(Objects.requireNonNull(database), null, null);
    }

    public static ObjectName schema(String database, String schema) {
        return new ObjectName(Objects.requireNonNull(database), Objects.requireNonNull(schema), null);
    }

    public static ObjectName object(String database, String schema, String object) {
        return new ObjectName(Objects.requireNonNull(database), Objects.requireNonNull(schema), Objects.requireNonNull(object));
    }

    public ObjectName schemaName() {
        return schema(database, schema);
    }

    /** The dotted form Snowflake shows in messages, quoting parts that need it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(quoteIfNeeded(database));
        if (schema != null) sb.append('.').append(quoteIfNeeded(schema));
        if (object != null) sb.append('.').append(quoteIfNeeded(object));
        return sb.toString();
    }

    public static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty() && (Character.isUpperCase(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
        }
        return plain ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public int compareTo(ObjectName o) {
        int c = compareNullable(database, o.database);
        if (c == 0) c = compareNullable(schema, o.schema);
        if (c == 0) c = compareNullable(object, o.object);
        return c;
    }

    private static int compareNullable(String a, String b) {
        if (a == null) return b == null ? 0 : -1;
        if (b == null) return 1;
        return a.compareTo(b);
    }
}
