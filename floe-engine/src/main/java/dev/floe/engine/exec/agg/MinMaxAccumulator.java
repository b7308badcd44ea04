package dev.floe.engine.exec.agg;

import dev.floe.engine.expr.ValueComparator;
import dev.floe.engine.expr.Values;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import java.util.Arrays;

/** MIN and MAX of any ordered type; ANY_VALUE keeps the first non-NULL value it sees. */
final class MinMaxAccumulator extends Accumulator {
    enum Mode { MIN, MAX, ANY }

    private final Mode mode;
    private final boolean plainLong;
    private long[] longs = new long[16];
    private double[] doubles = new double[16];
    private Object[] objects = new Object[16];
    private boolean[] seen = new boolean[16];

    MinMaxAccumulator(SqlType type, Mode mode) {
        super(type);
        this.mode = mode;
        this.plainLong = type.physical() == dev.floe.types.PhysicalType.LONG;
    }

    @Override
    public void ensureGroups(int groupCount) {
        if (seen.length < groupCount) {
            int n = Math.max(groupCount, seen.length * 2);
            longs = Arrays.copyOf(longs, n);
            doubles = Arrays.copyOf(doubles, n);
            objects = Arrays.copyOf(objects, n);
            seen = Arrays.copyOf(seen, n);
        }
    }

    @Override
    public void add(int[] groups, ColumnVector[] args, int rowCount) {
        ColumnVector v = args[0];
        boolean nulls = v.mayHaveNulls();
        boolean max = mode == Mode.MAX;
        if (plainLong && mode != Mode.ANY) {
            long[] values = ((LongVector) v).values;
            for (int i = 0; i < rowCount; i++) {
                if (nulls && v.isNull(i)) continue;
                int g = groups[i];
                long x = values[i];
                if (!seen[g] || (max ? x > longs[g] : x < longs[g])) {
                    longs[g] = x;
                    seen[g] = true;
                }
            }
            return;
        }
        if (v instanceof DoubleVector && mode != Mode.ANY) {
            double[] values = ((DoubleVector) v).values;
            for (int i = 0; i < rowCount; i++) {
                if (nulls && v.isNull(i)) continue;
                int g = groups[i];
                double x = values[i];
                int c = seen[g] ? ValueComparator.compareDoubles(x, doubles[g]) : 0;
                if (!seen[g] || (max ? c > 0 : c < 0)) {
                    doubles[g] = x;
                    seen[g] = true;
                }
            }
            return;
        }
        for (int i = 0; i < rowCount; i++) {
            if (nulls && v.isNull(i)) continue;
            int g = groups[i];
            if (seen[g] && mode == Mode.ANY) continue;
            Object x = Values.get(v, i);
            if (!seen[g]) {
                objects[g] = x;
                seen[g] = true;
            } else {
                int c = ValueComparator.compare(x, objects[g], type());
                if (max ? c > 0 : c < 0) objects[g] = x;
            }
        }
    }

    @Override
    public void merge(Accumulator other, int[] groupMap) {
        MinMaxAccumulator o = (MinMaxAccumulator) other;
        ColumnVector one = ColumnVector.allocate(type().physical(), 1);
        int[] target = new int[1];
        for (int g = 0; g < groupMap.length; g++) {
            Object v = o.result(g);
            if (v == null) continue;
            Values.set(one, 0, v);
            target[0] = groupMap[g];
            add(target, new ColumnVector[] {one}, 1);
        }
    }

    @Override
    public Object result(int group) {
        if (group >= seen.length || !seen[group]) {
            return null;
        }
        if (plainLong && mode != Mode.ANY) return longs[group];
        if (type().physical() == dev.floe.types.PhysicalType.DOUBLE && mode != Mode.ANY) return doubles[group];
        return objects[group];
    }
}
