package dev.floe.engine.exec;

import dev.floe.engine.exec.agg.Accumulator;
import dev.floe.engine.expr.EvalContext;
import dev.floe.engine.expr.Expr;
import dev.floe.engine.expr.Values;
import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.StringVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a GROUP BY: assigns each row a dense group number, then feeds whole batches to the
 * accumulators. One instance per thread; partial states of several threads merge into one.
 * When every key is a dictionary-encoded string (the common case on sealed segments: device_id,
 * sensor_type, a shredded location:building), the combination of codes maps to groups through an
 * array, never touching the strings per row. Without group keys there is exactly one group, also
 * on empty input.
 */
final class GroupedAggregation {
    private final List<Expr> keys;
    private final List<HashAggregateOperator.AggregateCall> aggregates;
    private final EvalContext ctx;
    private final Map<RowKey, Integer> groupIds = new HashMap<>();
    private final List<Object[]> groupKeys = new ArrayList<>();
    private final Accumulator[] accumulators;
    private int[] groups = new int[Operator.BATCH_SIZE];
    private static final int MAX_CODE_SPACE = 1 << 20;
    private String[][] codeDictionaries;
    private int[] codeToGroup;

    GroupedAggregation(List<Expr> keys, List<HashAggregateOperator.AggregateCall> aggregates, EvalContext ctx) {
        this.keys = List.copyOf(keys);
        this.aggregates = List.copyOf(aggregates);
        this.ctx = ctx;
        accumulators = new Accumulator[aggregates.size()];
        for (int i = 0; i < accumulators.length; i++) {
            accumulators[i] = aggregates.get(i).function().factory().get();
        }
        if (keys.isEmpty()) {
            groupKeys.add(new Object[0]);
            for (Accumulator a : accumulators) a.ensureGroups(1);
        }
    }

    /** Feeds every batch of the input. */
    void consumeAll(Operator input) {
        ColumnBatch batch;
        while ((batch = input.next()) != null) {
            ctx.checkInterrupted();
            consume(batch);
        }
    }

    /** Adds another (partial) aggregation's groups and states into this one. */
    void merge(GroupedAggregation other) {
        int[] mapping = new int[other.groupKeys.size()];
        for (int g = 0; g < mapping.length; g++) {
            mapping[g] = groupOf(other.groupKeys.get(g));
        }
        for (int a = 0; a < accumulators.length; a++) {
            accumulators[a].ensureGroups(groupKeys.size());
            accumulators[a].merge(other.accumulators[a], mapping);
        }
    }

    void consume(ColumnBatch batch) {
        int n = batch.size();
        if (groups.length < n) groups = new int[n];
        if (keys.isEmpty()) {
            Arrays.fill(groups, 0, n, 0);
        } else {
            ColumnVector[] keyVectors = new ColumnVector[keys.size()];
            for (int k = 0; k < keyVectors.length; k++) {
                keyVectors[k] = keys.get(k).evaluate(batch, ctx);
            }
            assignGroups(keyVectors, n);
        }
        for (Accumulator a : accumulators) a.ensureGroups(groupKeys.size());
        for (int a = 0; a < accumulators.length; a++) {
            List<Expr> argExprs = aggregates.get(a).args();
            ColumnVector[] args = new ColumnVector[argExprs.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = argExprs.get(i).evaluate(batch, ctx);
            }
            accumulators[a].add(groups, args, n);
        }
    }

    private void assignGroups(ColumnVector[] keyVectors, int n) {
        if (assignByDictionaryCodes(keyVectors, n)) {
            return;
        }
        Object[] probe = new Object[keyVectors.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < probe.length; k++) probe[k] = Values.get(keyVectors[k], i);
            groups[i] = groupOf(probe);
        }
    }

    /**
     * Groups rows by the combination of their keys' dictionary codes when all keys are dictionary
     * strings whose code space is small; false (nothing done) otherwise. The code-to-group table is
     * rebuilt when a batch brings other dictionaries (another segment).
     */
    private boolean assignByDictionaryCodes(ColumnVector[] keys, int n) {
        long space = 1;
        for (ColumnVector k : keys) {
            if (!(k instanceof StringVector) || !((StringVector) k).isDictionary()) return false;
            space *= ((StringVector) k).dictionary.length + 1L; // + 1: NULL
            if (space > MAX_CODE_SPACE) return false;
        }
        StringVector[] dict = new StringVector[keys.length];
        boolean same = codeDictionaries != null && codeDictionaries.length == keys.length;
        for (int k = 0; k < keys.length; k++) {
            dict[k] = (StringVector) keys[k];
            same &= same && codeDictionaries[k] == dict[k].dictionary;
        }
        if (!same) {
            codeDictionaries = new String[keys.length][];
            for (int k = 0; k < keys.length; k++) codeDictionaries[k] = dict[k].dictionary;
            codeToGroup = new int[(int) space];
            java.util.Arrays.fill(codeToGroup, -1);
        }
        Object[] probe = new Object[keys.length];
        for (int i = 0; i < n; i++) {
            int combined = 0;
            for (StringVector k : dict) {
                int code = k.isNull(i) ? k.dictionary.length : k.codes[i];
                combined = combined * (k.dictionary.length + 1) + code;
            }
            int g = codeToGroup[combined];
            if (g < 0) {
                for (int k = 0; k < dict.length; k++) probe[k] = dict[k].isNull(i) ? null : dict[k].dictionary[dict[k].codes[i]];
                g = groupOf(probe);
                codeToGroup[combined] = g;
            }
            groups[i] = g;
        }
        return true;
    }

    private int groupOf(Object[] probe) {
        RowKey key = new RowKey(probe, keys);
        Integer id = groupIds.get(key);
        if (id == null) {
            Object[] copy = probe.clone();
            id = groupKeys.size();
            groupIds.put(new RowKey(copy, keys), id);
            groupKeys.add(copy);
        }
        return id;
    }

    ColumnBatch emit(List<SqlType> types) {
        BatchBuilder out = new BatchBuilder(types, groupKeys.size());
        Object[] row = new Object[types.size()];
        for (int g = 0; g < groupKeys.size(); g++) {
            Object[] key = groupKeys.get(g);
            System.arraycopy(key, 0, row, 0, key.length);
            for (int a = 0; a < accumulators.length; a++) {
                row[key.length + a] = accumulators[a].result(g);
            }
            out.addRow(row);
        }
        return out.size() == 0 ? null : out.build();
    }
}
