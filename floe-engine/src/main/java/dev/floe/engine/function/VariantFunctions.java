package dev.floe.engine.function;

import static dev.floe.engine.function.Functions.arity;
import static dev.floe.engine.function.Functions.call;
import static dev.floe.engine.function.Functions.callKeepingNulls;
import static dev.floe.engine.function.Functions.invalidType;

import dev.floe.engine.ErrorCode;
import dev.floe.engine.FloeException;
import dev.floe.engine.analyzer.BindContext;
import dev.floe.engine.expr.CastExpr;
import dev.floe.engine.expr.Casts;
import dev.floe.engine.expr.Expr;
import dev.floe.types.SqlType;
import dev.floe.types.TypeKind;
import dev.floe.types.variant.ArrayBuilder;
import dev.floe.types.variant.ObjectBuilder;
import dev.floe.types.variant.Variant;
import dev.floe.types.variant.VariantException;
import dev.floe.types.variant.VariantPath;
import dev.floe.types.variant.VariantType;
import java.util.ArrayList;
import java.util.List;

/** Semi-structured functions: PARSE_JSON, TO_VARIANT, OBJECT_CONSTRUCT, ARRAY_SIZE, GET_PATH, TYPEOF, ... */
final class VariantFunctions {
    private VariantFunctions() {
    }

    static Expr bind(String name, List<Expr> args, BindContext ctx) {
        switch (name) {
            case "PARSE_JSON":
                arity(name, args, 1, 1);
                return call(name, SqlType.VARIANT, List.of(varchar(name, args.get(0))), (v, c) -> Casts.parseJson((String) v[0]));
            case "TRY_PARSE_JSON":
                arity(name, args, 1, 1);
                return call(name, SqlType.VARIANT, List.of(varchar(name, args.get(0))), (v, c) -> {
                    try {
                        return Variant.parseJson((String) v[0]);
                    } catch (VariantException e) {
                        return null;
                    }
                });
            case "TO_VARIANT":
                arity(name, args, 1, 1);
                return new CastExpr(args.get(0), SqlType.VARIANT, false);
            case "TO_OBJECT":
                arity(name, args, 1, 1);
                return new CastExpr(args.get(0), SqlType.OBJECT, false);
            case "TO_ARRAY":
                arity(name, args, 1, 1);
                if (args.get(0).type().kind().isSemiStructured()) {
                    return call(name, SqlType.ARRAY, args, (v, c) -> {
                        byte[] x = (byte[]) v[0];
                        return Variant.typeOf(x) == VariantType.ARRAY ? x : Variant.arrayBuilder().add(x).build();
                    });
                }
                return call(name, SqlType.ARRAY, List.of(new CastExpr(args.get(0), SqlType.VARIANT, false)),
                        (v, c) -> Variant.arrayBuilder().add((byte[]) v[0]).build());
            case "OBJECT_CONSTRUCT":
            case "OBJECT_CONSTRUCT_KEEP_NULL":
                return objectConstruct(name, args, name.endsWith("KEEP_NULL"));
            case "ARRAY_CONSTRUCT":
                return arrayConstruct(name, args);
            case "ARRAY_SIZE":
                arity(name, args, 1, 1);
                return call(name, SqlType.number(18, 0), List.of(variant(name, args.get(0))), (v, c) -> {
                    int size = Variant.arraySize((byte[]) v[0]);
                    return size < 0 ? null : (long) size;
                });
            case "GET_PATH":
                arity(name, args, 2, 2);
                return call(name, SqlType.VARIANT, List.of(variant(name, args.get(0)), varchar(name, args.get(1))),
                        (v, c) -> VariantPath.parse((String) v[1]).extract((byte[]) v[0]));
            case "GET":
                arity(name, args, 2, 2);
                return get(name, args);
            case "TYPEOF":
                arity(name, args, 1, 1);
                return call(name, SqlType.VARCHAR, List.of(variant(name, args.get(0))),
                        (v, c) -> Variant.typeOf((byte[]) v[0]).typeofName());
            case "IS_NULL_VALUE":
                arity(name, args, 1, 1);
                return call(name, SqlType.BOOLEAN, List.of(variant(name, args.get(0))), (v, c) -> Variant.isJsonNull((byte[]) v[0]));
            case "IS_OBJECT":
            case "IS_ARRAY":
            case "IS_VARCHAR":
            case "IS_BOOLEAN":
            case "IS_INTEGER":
            case "IS_DOUBLE": {
                arity(name, args, 1, 1);
                VariantType wanted = name.equals("IS_OBJECT") ? VariantType.OBJECT : name.equals("IS_ARRAY") ? VariantType.ARRAY
                        : name.equals("IS_VARCHAR") ? VariantType.STRING : name.equals("IS_BOOLEAN") ? VariantType.BOOLEAN
                        : name.equals("IS_INTEGER") ? VariantType.INTEGER : VariantType.DOUBLE;
                return call(name, SqlType.BOOLEAN, List.of(variant(name, args.get(0))), (v, c) -> {
                    VariantType t = Variant.typeOf((byte[]) v[0]);
                    return t == wanted || (wanted == VariantType.DOUBLE && t.isNumeric());
                });
            }
            case "AS_VARCHAR":
                return asType(name, args, SqlType.VARCHAR, VariantType.STRING);
            case "AS_INTEGER":
                return asType(name, args, SqlType.NUMBER, VariantType.INTEGER);
            case "AS_DOUBLE":
                return asType(name, args, SqlType.FLOAT, null);
            case "AS_BOOLEAN":
                return asType(name, args, SqlType.BOOLEAN, VariantType.BOOLEAN);
            default:
                return null;
        }
    }

    private static Expr varchar(String name, Expr arg) {
        TypeKind k = arg.type().kind();
        if (k == TypeKind.VARCHAR || k == TypeKind.NULL) return arg;
        if (k.isSemiStructured()) return new CastExpr(arg, SqlType.VARCHAR, false);
        throw invalidType(name, 1, arg.type());
    }

    private static Expr variant(String name, Expr arg) {
        if (arg.type().kind().isSemiStructured()) return arg;
        if (arg.type().kind() == TypeKind.NULL) return new CastExpr(arg, SqlType.VARIANT, false);
        throw invalidType(name, 1, arg.type());
    }

    private static Expr objectConstruct(String name, List<Expr> args, boolean keepNull) {
        if (args.size() % 2 != 0) {
            throw FloeException.compilation(ErrorCode.INVALID_ARGUMENT, name + " needs key-value pairs, got " + args.size() + " arguments");
        }
        List<Expr> bound = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 2) {
            bound.add(varchar(name, args.get(i)));
            bound.add(new CastExpr(args.get(i + 1), SqlType.VARIANT, false));
        }
        return callKeepingNulls(name, SqlType.OBJECT, bound, (v, c) -> {
            ObjectBuilder object = Variant.objectBuilder();
            for (int i = 0; i < v.length; i += 2) {
                if (v[i] == null) continue;
                byte[] value = (byte[]) v[i + 1];
                if (value == null) {
                    if (!keepNull) continue;
                    value = Variant.ofNull();
                }
                object.put((String) v[i], value);
            }
            return object.build();
        });
    }

    private static Expr arrayConstruct(String name, List<Expr> args) {
        List<Expr> bound = new ArrayList<>();
        for (Expr a : args) bound.add(new CastExpr(a, SqlType.VARIANT, false));
        return callKeepingNulls(name, SqlType.ARRAY, bound, (v, c) -> {
            ArrayBuilder array = Variant.arrayBuilder();
            for (Object x : v) array.add(x == null ? Variant.ofNull() : (byte[]) x);
            return array.build();
        });
    }

    private static Expr get(String name, List<Expr> args) {
        Expr base = variant(name, args.get(0));
        Expr key = args.get(1);
        if (key.type().kind() == TypeKind.NUMBER) {
            return call(name, SqlType.VARIANT, List.of(base, key), (v, c) -> Variant.getIndex((byte[]) v[0], (int) (long) (Long) v[1]));
        }
        return call(name, SqlType.VARIANT, List.of(base, varchar(name, key)), (v, c) -> Variant.getField((byte[]) v[0], (String) v[1]));
    }

    /** AS_<type>: the value when the VARIANT holds that type, else NULL (no conversion). */
    private static Expr asType(String name, List<Expr> args, SqlType type, VariantType holds) {
        arity(name, args, 1, 1);
        return call(name, type, List.of(variant(name, args.get(0))), (v, c) -> {
            byte[] x = (byte[]) v[0];
            VariantType t = Variant.typeOf(x);
            if (holds == null ? !t.isNumeric() : t != holds) return null;
            return Casts.cast(x, SqlType.VARIANT, type, c.timeZone());
        });
    }
}
