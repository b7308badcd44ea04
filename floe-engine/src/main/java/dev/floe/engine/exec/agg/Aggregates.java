package dev.floe.engine.exec.agg;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.expr.Decimals;
import dev.floe.engine.expr.ValueKey;
import dev.floe.types.PhysicalType;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves aggregate calls by name and argument types, with Snowflake's result types. */
public final class Aggregates {
    private static final Set<String> NAMES = Set.of("COUNT", "COUNT_IF", "SUM", "AVG", "MIN", "MAX", "ANY_VALUE",
            "MEDIAN", "STDDEV", "STDDEV_SAMP", "STDDEV_POP", "VARIANCE", "VAR_SAMP", "VAR_POP",
            "APPROX_COUNT_DISTINCT", "APPROX_PERCENTILE");

    private Aggregates() {
    }

    public static boolean isAggregate(String name) {
        return NAMES.contains(name);
    }

    /**
     * @param star COUNT(*)
     * @param constantArgs values of trailing constant arguments (APPROX_PERCENTILE's fraction)
     */
    public static AggregateFunction resolve(String name, List<SqlType> args, boolean distinct, boolean star,
                                            List<Object> constantArgs) {
        if (star) {
            if (!name.equals("COUNT")) {
                throw invalid(name + "(*) is not allowed; only COUNT(*)");
            }
            return new AggregateFunction(name, SqlType.number(18, 0), args, () -> new CountAccumulator(CountAccumulator.Mode.ROWS));
        }
        if (args.isEmpty()) {
            throw invalid("not enough arguments for function [" + name + "()], expected 1, got 0");
        }
        SqlType arg = args.get(0);
        if (distinct && !name.equals("COUNT") && !name.equals("SUM") && !name.equals("AVG")
                && !name.equals("MIN") && !name.equals("MAX")) {
            throw invalid("DISTINCT is not supported for " + name);
        }
        switch (name) {
            case "COUNT":
                if (distinct) {
                    return collecting(name, SqlType.number(18, 0), args, values -> (long) distinctCount(values, arg));
                }
                return new AggregateFunction(name, SqlType.number(18, 0), args, () -> new CountAccumulator(CountAccumulator.Mode.NON_NULL));
            case "APPROX_COUNT_DISTINCT":
                return collecting(name, SqlType.number(18, 0), args, values -> (long) distinctCount(values, arg));
            case "COUNT_IF":
                requireKind(name, arg, TypeKind.BOOLEAN);
                return new AggregateFunction(name, SqlType.number(18, 0), args, () -> new CountAccumulator(CountAccumulator.Mode.IF_TRUE));
            case "SUM":
            case "AVG": {
                requireNumeric(name, arg);
                boolean avg = name.equals("AVG");
                SqlType result = arg.kind() == TypeKind.FLOAT ? SqlType.FLOAT
                        : avg ? SqlType.number(38, Math.max(arg.scale(), Math.min(arg.scale() + 6, 12)))
                        : SqlType.number(38, arg.scale());
                if (distinct) {
                    return collecting(name, result, args, values -> sumDistinct(values, arg, result, avg));
                }
                return new AggregateFunction(name, result, args, () -> new SumAccumulator(arg, result, avg));
            }
            case "MIN":
            case "MAX":
            case "ANY_VALUE": {
                MinMaxAccumulator.Mode mode = name.equals("MIN") ? MinMaxAccumulator.Mode.MIN
                        : name.equals("MAX") ? MinMaxAccumulator.Mode.MAX : MinMaxAccumulator.Mode.ANY;
                return new AggregateFunction(name, arg, args, () -> new MinMaxAccumulator(arg, mode));
            }
            case "MEDIAN":
                requireNumeric(name, arg);
                return percentile(name, arg, args, 0.5);
            case "APPROX_PERCENTILE": {
                requireNumeric(name, arg);
                if (constantArgs.size() != 1 || !(constantArgs.get(0) instanceof Number)) {
                    throw invalid("APPROX_PERCENTILE needs a constant percentile between 0 and 1 as its second argument");
                }
                double p = ((Number) constantArgs.get(0)).doubleValue();
                if (p < 0 || p > 1) {
                    throw invalid("APPROX_PERCENTILE's percentile must be between 0 and 1, got " + p);
                }
                return percentileFloat(name, arg, args, p);
            }
            case "STDDEV":
            case "STDDEV_SAMP":
            case "STDDEV_POP":
            case "VARIANCE":
            case "VAR_SAMP":
            case "VAR_POP": {
                requireNumeric(name, arg);
                boolean population = name.endsWith("_POP");
                boolean root = name.startsWith("STDDEV");
                return collecting(name, SqlType.FLOAT, args, values -> variance(values, arg, population, root));
            }
            default:
                throw invalid("Unknown aggregate function " + name);
        }
    }

    private static AggregateFunction collecting(String name, SqlType type, List<SqlType> args,
                                                java.util.function.Function<List<Object>, Object> finisher) {
        return new AggregateFunction(name, type, args, () -> new CollectingAccumulator(type, finisher));
    }

    private static int distinctCount(List<Object> values, SqlType type) {
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            seen.add(new ValueKey(v, type));
        }
        return seen.size();
    }

    private static Object sumDistinct(List<Object> values, SqlType arg, SqlType result, boolean avg) {
        List<Object> unique = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            if (seen.add(new ValueKey(v, arg))) unique.add(v);
        }
        if (unique.isEmpty()) return null;
        if (arg.physical() == PhysicalType.DOUBLE) {
            double s = 0;
            for (Object v : unique) s += (Double) v;
            return avg ? s / unique.size() : s;
        }
        BigDecimal s = BigDecimal.ZERO;
        for (Object v : unique) s = s.add(Decimals.toBigDecimal((Long) v, arg.scale()));
        if (avg) s = s.divide(BigDecimal.valueOf(unique.size()), result.scale(), RoundingMode.HALF_UP);
        return Decimals.fromBigDecimal(s, result.scale());
    }

    private static AggregateFunction percentile(String name, SqlType arg, List<SqlType> args, double p) {
        if (arg.physical() == PhysicalType.DOUBLE) {
            return percentileFloat(name, arg, args, p);
        }
        // Snowflake's MEDIAN of NUMBER(p,s) is NUMBER(p+3, s+3).
        SqlType result = SqlType.number(Math.min(38, arg.precision() + 3), Math.min(37, arg.scale() + 3));
        return collecting(name, result, args, values -> {
            if (values.isEmpty()) return null;
            List<BigDecimal> sorted = new ArrayList<>();
            for (Object v : values) sorted.add(Decimals.toBigDecimal((Long) v, arg.scale()));
            sorted.sort(null);
            double pos = p * (sorted.size() - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            BigDecimal frac = BigDecimal.valueOf(pos - lo);
            BigDecimal v = sorted.get(lo).add(sorted.get(hi).subtract(sorted.get(lo)).multiply(frac));
            return Decimals.fromBigDecimal(v, result.scale());
        });
    }

    private static AggregateFunction percentileFloat(String name, SqlType arg, List<SqlType> args, double p) {
        return collecting(name, SqlType.FLOAT, args, values -> {
            if (values.isEmpty()) return null;
            double[] sorted = toDoubles(values, arg);
            java.util.Arrays.sort(sorted);
            double pos = p * (sorted.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
        });
    }

    private static Object variance(List<Object> values, SqlType arg, boolean population, boolean root) {
        int n = values.size();
        if (n == 0 || (!population && n == 1)) return null;
        double[] xs = toDoubles(values, arg);
        double mean = 0;
        for (double x : xs) mean += x;
        mean /= n;
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        double var = ss / (population ? n : n - 1);
        return root ? Math.sqrt(var) : var;
    }

    private static double[] toDoubles(List<Object> values, SqlType arg) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = values.get(i);
            out[i] = v instanceof Double ? (Double) v : Decimals.toDouble((Long) v, arg.scale());
        }
        return out;
    }

    private static void requireNumeric(String name, SqlType arg) {
        if (!arg.kind().isNumeric() && arg.kind() != TypeKind.NULL) {
            throw new FloeException(ErrorCode.TYPE_MISMATCH, "SQL compilation error:\ninvalid type [" + arg
                    + "] for parameter 1 of function " + name);
        }
    }

    private static void requireKind(String name, SqlType arg, TypeKind kind) {
        if (arg.kind() != kind && arg.kind() != TypeKind.NULL) {
            throw new FloeException(ErrorCode.TYPE_MISMATCH, "SQL compilation error:\ninvalid type [" + arg
                    + "] for parameter 1 of function " + name);
        }
    }

    private static FloeException invalid(String message) {
        return FloeException.compilation(ErrorCode.INVALID_ARGUMENT, message);
    }
}
