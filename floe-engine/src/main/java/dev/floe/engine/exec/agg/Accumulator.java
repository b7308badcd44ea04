package dev.floe.engine.exec.agg;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnVector;

/**
 * The running state of one aggregate function for every group of a GROUP BY. {@link #add} takes
 * a batch at once: {@code groups[i]} is the group of row {@code i}. Groups are numbered densely
 * from 0; {@link #ensureGroups} is called before a batch introduces new ones.
 */
public abstract class Accumulator {
    private final SqlType type;

    protected Accumulator(SqlType type) {
        this.type = type;
    }

    public final SqlType type() {
        return type;
    }

    public abstract void ensureGroups(int groupCount);

    /** {@code args} holds the evaluated arguments (empty for COUNT(*)). */
    public abstract void add(int[] groups, ColumnVector[] args, int rowCount);

    /**
     * Adds the state of {@code other} (same function, filled by another thread) into this one:
     * its group {@code g} goes into group {@code groupMap[g]} here (already ensured).
     */
    public abstract void merge(Accumulator other, int[] groupMap);

    /** The final value of a group (see {@code Values} for the object of each type), or null. */
    public abstract Object result(int group);
}
