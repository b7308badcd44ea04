package dev.floe.types.variant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A compiled path into VARIANT values, as written after {@code col:} or given to GET_PATH:
 * {@code a.b[0]."Quoted Key"['x']}. Field names are case-sensitive. Compile once, then
 * {@link #locate} per row without allocating.
 *
 * <p>Grammar: a first step that is a name or a bracket, then {@code .name}, {@code ."quoted name"}
 * ({@code ""} for a quote), {@code [digits]} or {@code ['name']} ({@code ''} for a quote; double
 * quotes work too). A name is letters, digits, {@code _} and {@code $}.
 */
public final class VariantPath {
    private static final VariantPath EMPTY = new VariantPath(new byte[0][], new int[0], Collections.emptyList());

    private final byte[][] keys;   // the UTF-8 field name of each step, null for an index step
    private final int[] indexes;   // the array index of each index step
    private final List<Object> elements;

    private VariantPath(byte[][] keys, int[] indexes, List<Object> elements) {
        this.keys = keys;
        this.indexes = indexes;
        this.elements = elements;
    }

    /** The path of String field names and Integer array indexes; an empty list is the value itself. */
    public static VariantPath of(List<Object> elements) {
        if (elements.isEmpty()) {
            return EMPTY;
        }
        byte[][] keys = new byte[elements.size()][];
        int[] indexes = new int[elements.size()];
        for (int i = 0; i < keys.length; i++) {
            Object e = elements.get(i);
            if (e instanceof String) {
                keys[i] = ((String) e).getBytes(StandardCharsets.UTF_8);
            } else if (e instanceof Integer) {
                indexes[i] = (Integer) e;
            } else {
                throw new IllegalArgumentException("path element " + i + " is neither a String field name nor an Integer index: " + e);
            }
        }
        return new VariantPath(keys, indexes, Collections.unmodifiableList(new ArrayList<>(elements)));
    }

    public static VariantPath of(Object... elements) {
        return of(Arrays.asList(elements));
    }

    /** Parses path text; throws {@code VariantException("Invalid extraction path '...': ...")}. */
    public static VariantPath parse(String path) {
        return of(new PathParser(path).parse());
    }

    /** The steps: String field names and Integer indexes. */
    public List<Object> elements() {
        return elements;
    }

    public int length() {
        return keys.length;
    }

    /** The offset in {@code v} of the value this path leads to, or -1 when it leads nowhere (or v is null). */
    public int locate(byte[] v) {
        if (v == null) {
            return -1;
        }
        int offset = 0;
        for (int i = 0; i < keys.length && offset >= 0; i++) {
            byte[] key = keys[i];
            offset = key != null ? VariantReader.findField(v, offset, key) : VariantReader.elementAt(v, offset, indexes[i]);
        }
        return offset;
    }

    /** The value this path leads to, as its own VARIANT, or null (SQL NULL) when it leads nowhere. */
    public byte[] extract(byte[] v) {
        int offset = locate(v);
        if (offset < 0) {
            return null;
        }
        return Arrays.copyOfRange(v, offset, offset + VariantReader.sizeAt(v, offset));
    }

    /** The path in the syntax {@link #parse} reads (names quoted where needed). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                sb.append('[').append(indexes[i]).append(']');
                continue;
            }
            String name = (String) elements.get(i);
            if (i > 0) {
                sb.append('.');
            }
            if (PathParser.isPlainName(name)) {
                sb.append(name);
            } else {
                sb.append('"').append(name.replace("\"", "\"\"")).append('"');
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VariantPath && ((VariantPath) o).elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    /** Reads path text into its steps. */
    private static final class PathParser {
        private final String text;
        private final List<Object> steps = new ArrayList<>();
        private int i;

        PathParser(String text) {
            this.text = text;
        }

        List<Object> parse() {
            if (text.isEmpty()) {
                throw invalid("the path is empty");
            }
            step(true);
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '.') {
                    i++;
                    step(false);
                } else if (c == '[') {
                    bracket();
                } else {
                    throw invalid("unexpected '" + c + "' at position " + (i + 1));
                }
            }
            return steps;
        }

        private void step(boolean first) {
            if (i == text.length()) {
                throw invalid("a field name is missing at the end");
            }
            char c = text.charAt(i);
            if (c == '"') {
                steps.add(quoted('"'));
            } else if (first && c == '[') {
                bracket();
            } else if (isNameChar(c)) {
                int start = i;
                while (i < text.length() && isNameChar(text.charAt(i))) {
                    i++;
                }
                steps.add(text.substring(start, i));
            } else {
                throw invalid("a field name is missing at position " + (i + 1));
            }
        }

        private void bracket() {
            i++;
            if (i == text.length()) {
                throw invalid("unclosed '['");
            }
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                steps.add(quoted(c));
            } else {
                int start = i;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw invalid("an index or a quoted name is expected at position " + (start + 1));
                }
                try {
                    steps.add(Integer.parseInt(text.substring(start, i)));
                } catch (NumberFormatException e) {
                    throw invalid("index " + text.substring(start, i) + " is too large");
                }
            }
            if (i == text.length() || text.charAt(i) != ']') {
                throw invalid("unclosed '['");
            }
            i++;
        }

        /** A name in quotes, the quote doubled inside it; i at the opening quote. */
        private String quoted(char quote) {
            StringBuilder sb = new StringBuilder();
            i++;
            while (true) {
                if (i == text.length()) {
                    throw invalid("unclosed " + quote);
                }
                char c = text.charAt(i++);
                if (c == quote) {
                    if (i < text.length() && text.charAt(i) == quote) {
                        sb.append(quote);
                        i++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private VariantException invalid(String why) {
            return new VariantException("Invalid extraction path '" + text + "': " + why);
        }

        static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }

        static boolean isPlainName(String name) {
            if (name.isEmpty()) {
                return false;
            }
            for (int k = 0; k < name.length(); k++) {
                if (!isNameChar(name.charAt(k))) {
                    return false;
                }
            }
            return true;
        }
    }
}
