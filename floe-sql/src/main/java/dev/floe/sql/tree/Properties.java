package dev.floe.sql.tree;

import java.util.List;
import java.util.Optional;

/** Named options of a statement in written order, each name at most once (compared canonically). */
public record Properties(List<Property> entries) {
    public static final Properties EMPTY = new Properties(List.of());

    public Properties {
        entries = List.copyOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (entries.get(i).name().canonical().equals(entries.get(j).name().canonical())) {
                    throw new IllegalArgumentException("duplicate property " + entries.get(i).name().canonical());
                }
            }
        }
    }

    /** The value of the property with this canonical (upper-case unless quoted) name. */
    public Optional<PropertyValue> get(String canonicalName) {
        for (Property entry : entries) {
            if (entry.name().canonical().equals(canonicalName)) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return Text.join(entries, " ");
    }
}
