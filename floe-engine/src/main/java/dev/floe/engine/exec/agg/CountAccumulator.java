package dev.floe.engine.exec.agg;

import dev.floe.types.SqlType;
import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnVector;
import java.util.Arrays;

/** COUNT(*), COUNT(x) (rows where every argument is non-NULL) and COUNT_IF(cond). */
final class CountAccumulator extends Accumulator {
    enum Mode { ROWS, NON_NULL, IF_TRUE }

    private final Mode mode;
    private long[] counts = new long[16];

    CountAccumulator(Mode mode) {
        super(SqlType.number(18, 0));
        this.mode = mode;
    }

    @Override
    public void ensureGroups(int groupCount) {
        if (counts.length < groupCount) {
            counts = Arrays.copyOf(counts, Math.max(groupCount, counts.length * 2));
        }
    }

    @Override
    public void add(int[] groups, ColumnVector[] args, int rowCount) {
        long[] c = counts;
        switch (mode) {
            case ROWS:
                for (int i = 0; i < rowCount; i++) c[groups[i]]++;
                break;
            case NON_NULL:
                rows:
                for (int i = 0; i < rowCount; i++) {
                    for (ColumnVector a : args) {
                        if (a.isNull(i)) continue rows;
                    }
                    c[groups[i]]++;
                }
                break;
            default: {
                BooleanVector cond = (BooleanVector) args[0];
                for (int i = 0; i < rowCount; i++) {
                    if (cond.values[i] && !cond.isNull(i)) c[groups[i]]++;
                }
            }
        }
    }

    @Override
    public void merge(Accumulator other, int[] groupMap) {
        long[] from = ((CountAccumulator) other).counts;
        for (int g = 0; g < groupMap.length; g++) counts[groupMap[g]] += from[g];
    }

    @Override
    public Object result(int group) {
        return group < counts.length ? counts[group] : 0L;
    }
}
