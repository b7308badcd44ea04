package dev.floe.engine.analyzer;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.plan.Field;
import java.util.List;

/** The columns a query block can name: its FROM clause's output fields, by qualifier and name. */
final class Scope {
    private final List<Field> fields;

    Scope(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    List<Field> fields() {
        return fields;
    }

    /**
     * The position of the column {@code qualifier.name} (qualifier may be null), or -1 when no
     * field has that name. Two matches are an ambiguity error.
     */
    int resolve(String qualifier, String name) {
        int found = -1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.name().equals(name) || (qualifier != null && !qualifier.equals(f.qualifier()))
                    || (qualifier == null && f.hidden())) {
                continue;
            }
            if (found >= 0) {
                throw FloeException.compilation(ErrorCode.AMBIGUOUS_COLUMN, "ambiguous column name '" + name + "'");
            }
            found = i;
        }
        return found;
    }

    boolean hasQualifier(String qualifier) {
        for (Field f : fields) {
            if (qualifier.equals(f.qualifier())) return true;
        }
        return false;
    }
}
