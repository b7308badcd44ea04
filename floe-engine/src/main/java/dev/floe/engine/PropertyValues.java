package dev.floe.engine;

import dev.floe.sql.tree.BooleanLiteral;
import dev.floe.sql.tree.Identifier;
import dev.floe.sql.tree.NullLiteral;
import dev.floe.sql.tree.NumericLiteral;
import dev.floe.sql.tree.PropertyList;
import dev.floe.sql.tree.PropertyValue;
import dev.floe.sql.tree.QualifiedName;
import dev.floe.sql.tree.StringLiteral;

/** The text of a {@code NAME = value} property: strings unquoted, identifiers upper-cased, numbers as written. */
final class PropertyValues {
    private PropertyValues() {
    }

    static String text(PropertyValue value) {
        if (value instanceof StringLiteral) return ((StringLiteral) value).value();
        if (value instanceof NumericLiteral) return ((NumericLiteral) value).text();
        if (value instanceof BooleanLiteral) return ((BooleanLiteral) value).value() ? "TRUE" : "FALSE";
        if (value instanceof NullLiteral) return null;
        if (value instanceof QualifiedName) {
            StringBuilder sb = new StringBuilder();
            for (Identifier p : ((QualifiedName) value).parts()) {
                if (sb.length() > 0) sb.append('.');
                sb.append(p.canonical());
            }
            return sb.toString();
        }
        if (value instanceof PropertyList) {
            StringBuilder sb = new StringBuilder("(");
            for (PropertyValue v : ((PropertyList) value).values()) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(text(v));
            }
            return sb.append(')').toString();
        }
        return value.toString();
    }
}
