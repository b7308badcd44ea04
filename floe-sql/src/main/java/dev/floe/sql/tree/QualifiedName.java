package dev.floe.sql.tree;

import java.util.List;

/** A dotted name such as {@code db.schema.table}; its position is that of its first part. */
public record QualifiedName(List<Identifier> parts) implements PropertyValue {
    public QualifiedName {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("qualified name must have at least one part");
        }
    }

    public static QualifiedName of(Identifier identifier) {
        return new QualifiedName(List.of(identifier));
    }

    @Override
    public SourcePosition position() {
        return parts.get(0).position();
    }

    /** The last part: the object's own name without its qualifiers. */
    public Identifier last() {
        return parts.get(parts.size() - 1);
    }

    /** The canonical parts joined by dots, e.g. {@code KAFKA_INTERACTIVE.STREAMING}. */
    public String canonical() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                text.append('.');
            }
            text.append(parts.get(i).canonical());
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return Text.join(parts, ".");
    }
}
