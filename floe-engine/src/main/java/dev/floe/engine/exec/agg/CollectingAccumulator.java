package dev.floe.engine.exec.agg;

import dev.floe.engine.expr.Values;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Aggregates that need every value of a group (MEDIAN, percentiles, standard deviation, DISTINCT
 * counts): keeps the non-NULL values per group and computes the result at the end.
 */
final class CollectingAccumulator extends Accumulator {
    private final Function<List<Object>, Object> finisher;
    private List<Object>[] values = newArray(16);

    CollectingAccumulator(SqlType type, Function<List<Object>, Object> finisher) {
        super(type);
        this.finisher = finisher;
    }

    @SuppressWarnings("unchecked")
    private static List<Object>[] newArray(int n) {
        return (List<Object>[]) new List<?>[n];
    }

    @Override
    public void ensureGroups(int groupCount) {
        if (values.length < groupCount) {
            values = Arrays.copyOf(values, Math.max(groupCount, values.length * 2));
        }
    }

    @Override
    public void add(int[] groups, ColumnVector[] args, int rowCount) {
        ColumnVector v = args[0];
        for (int i = 0; i < rowCount; i++) {
            if (v.isNull(i)) continue;
            int g = groups[i];
            if (values[g] == null) values[g] = new ArrayList<>();
            values[g].add(Values.get(v, i));
        }
    }

    @Override
    public void merge(Accumulator other, int[] groupMap) {
        List<Object>[] from = ((CollectingAccumulator) other).values;
        for (int g = 0; g < groupMap.length && g < from.length; g++) {
            if (from[g] == null) continue;
            int to = groupMap[g];
            if (values[to] == null) values[to] = new ArrayList<>();
            values[to].addAll(from[g]);
        }
    }

    @Override
    public Object result(int group) {
        List<Object> list = group < values.length ? values[group] : null;
        return finisher.apply(list == null ? List.of() : list);
    }
}
