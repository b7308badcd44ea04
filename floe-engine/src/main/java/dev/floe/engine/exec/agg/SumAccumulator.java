package dev.floe.engine.exec.agg;

import dev.floe.engine.expr.Decimals;
import dev.floe.types.PhysicalType;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import java.util.Arrays;

/**
 * SUM and AVG over NUMBER (exact, overflow-checked, on unscaled values) or FLOAT. A group that saw
 * no non-NULL value gives NULL.
 */
final class SumAccumulator extends Accumulator {
    private final boolean average;
    private final boolean floating;
    private final int inputScale;
    private long[] longSums = new long[16];
    private double[] doubleSums = new double[16];
    private long[] counts = new long[16];

    SumAccumulator(SqlType input, SqlType result, boolean average) {
        super(result);
        this.average = average;
        this.floating = input.physical() == PhysicalType.DOUBLE;
        this.inputScale = input.scale();
    }

    @Override
    public void ensureGroups(int groupCount) {
        if (counts.length < groupCount) {
            int n = Math.max(groupCount, counts.length * 2);
            longSums = Arrays.copyOf(longSums, n);
            doubleSums = Arrays.copyOf(doubleSums, n);
            counts = Arrays.copyOf(counts, n);
        }
    }

    @Override
    public void add(int[] groups, ColumnVector[] args, int rowCount) {
        ColumnVector v = args[0];
        boolean nulls = v.mayHaveNulls();
        if (floating) {
            double[] values = ((DoubleVector) v).values;
            for (int i = 0; i < rowCount; i++) {
                if (nulls && v.isNull(i)) continue;
                int g = groups[i];
                doubleSums[g] += values[i];
                counts[g]++;
            }
        } else {
            long[] values = ((LongVector) v).values;
            for (int i = 0; i < rowCount; i++) {
                if (nulls && v.isNull(i)) continue;
                int g = groups[i];
                longSums[g] = Decimals.addExact(longSums[g], values[i]);
                counts[g]++;
            }
        }
    }

    @Override
    public void merge(Accumulator other, int[] groupMap) {
        SumAccumulator o = (SumAccumulator) other;
        for (int g = 0; g < groupMap.length; g++) {
            int to = groupMap[g];
            longSums[to] = Decimals.addExact(longSums[to], o.longSums[g]);
            doubleSums[to] += o.doubleSums[g];
            counts[to] += o.counts[g];
        }
    }

    @Override
    public Object result(int group) {
        if (group >= counts.length || counts[group] == 0) {
            return null;
        }
        if (floating) {
            return average ? doubleSums[group] / counts[group] : doubleSums[group];
        }
        if (!average) {
            return Decimals.rescale(longSums[group], inputScale, type().scale());
        }
        java.math.BigDecimal avg = Decimals.toBigDecimal(longSums[group], inputScale)
                .divide(java.math.BigDecimal.valueOf(counts[group]), type().scale(), java.math.RoundingMode.HALF_UP);
        return Decimals.fromBigDecimal(avg, type().scale());
    }
}
