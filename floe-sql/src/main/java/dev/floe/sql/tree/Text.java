package dev.floe.sql.tree;

import java.util.List;
import java.util.Optional;

/** Rendering helpers shared by the nodes' {@code toString()}. */
final class Text {
    private Text() {
    }

    static String join(List<?> items, String separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(items.get(i));
        }
        return text.toString();
    }

    static String list(List<?> items) {
        return join(items, ", ");
    }

    static String quote(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /** {@code prefix + value} when present, else the empty string. */
    static String optional(String prefix, Optional<?> value) {
        return value.isPresent() ? prefix + value.get() : "";
    }

    static String flag(boolean set, String text) {
        return set ? text : "";
    }
}
