package dev.floe.sql.tree;

import java.util.Objects;

/** One step of a semi-structured path. */
public sealed interface PathElement extends Node {

    /**
     * {@code :name}, {@code .name} or {@code :"Name"}. Element names are case-sensitive in
     * Snowflake whether quoted or not, so {@code name} is kept exactly as written.
     */
    record Field(SourcePosition position, String name, boolean quoted) implements PathElement {
        public Field {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return quoted ? '"' + name.replace("\"", "\"\"") + '"' : name;
        }
    }

    /** {@code [0]}: an array element by a constant index. */
    record Index(SourcePosition position, int index) implements PathElement {
        public Index {
            Objects.requireNonNull(position, "position");
        }

        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    /** {@code ['key']} or {@code [expr]}: a subscript computed from an expression. */
    record Key(SourcePosition position, Expression key) implements PathElement {
        public Key {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "[" + key + "]";
        }
    }
}
