package dev.floe.storage.segment;

import dev.floe.storage.column.StringColumn;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.StringVector;

/** Reads of a column a segment predates (added by ALTER TABLE ADD COLUMN later): all NULL. */
public final class MissingColumn {
    private static final String[] NO_STRINGS = new String[0];

    private MissingColumn() {
    }

    public static void readNulls(ColumnVector target, int count) {
        target.ensureCapacity(count);
        target.reset();
        if (target instanceof StringVector) {
            StringColumn.useDictionary((StringVector) target, NO_STRINGS, count);
        }
        for (int i = 0; i < count; i++) {
            target.setNull(i);
        }
    }
}
