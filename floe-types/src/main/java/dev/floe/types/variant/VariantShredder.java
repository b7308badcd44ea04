package dev.floe.types.variant;

import static dev.floe.types.variant.VariantFormat.*;

import dev.floe.types.vector.BooleanVector;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.DoubleVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.VariantVector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the frequent scalar paths of a VARIANT column and extracts them into typed vectors, so that
 * storage can keep {@code location:building} as a dictionary column (see {@link ShreddedPath} for
 * what the engine may then answer from it).
 *
 * <p>A path qualifies when it is reached through object fields only (no array steps), at most
 * {@link #MAX_DEPTH} names deep, occurs in at least the given fraction of the non-NULL rows, and every
 * occurrence is a scalar of one family: all strings, all integers that fit in 64 bits, all numbers,
 * or all booleans. A path that is ever JSON null, an object, an array, or of two families is left in
 * the variant.
 */
public final class VariantShredder {
    public static final int MAX_DEPTH = 3;

    private static final int SEEN_STRING = 1;
    private static final int SEEN_LONG = 2;
    private static final int SEEN_WIDE_NUMBER = 4; // DECIMAL, or INTEGER beyond 64 bits
    private static final int SEEN_DOUBLE = 8;
    private static final int SEEN_BOOLEAN = 16;
    private static final int SEEN_OTHER = 32;     // JSON null, object, array
    private static final int NUMBERS = SEEN_LONG | SEEN_WIDE_NUMBER | SEEN_DOUBLE;

    private VariantShredder() {
    }

    /**
     * The qualifying paths among rows {@code 0..rowCount-1}, ordered by path text.
     *
     * @param minFraction the share of non-NULL rows a path must occur in, in (0, 1]
     */
    public static List<ShreddedPath> findPaths(VariantVector column, int rowCount, double minFraction) {
        if (!(minFraction > 0 && minFraction <= 1)) {
            throw new IllegalArgumentException("minFraction must be in (0, 1]: " + minFraction);
        }
        PathNode root = new PathNode(null, null);
        Utf8Key probe = new Utf8Key();
        int rows = 0;
        for (int r = 0; r < rowCount; r++) {
            byte[] v = column.isNull(r) ? null : column.values[r];
            if (v != null) {
                rows++;
                observeFields(v, 0, root, 1, probe);
            }
        }
        List<ShreddedPath> found = new ArrayList<>();
        if (rows > 0) {
            int needed = (int) Math.ceil(minFraction * rows - 1e-9);
            collect(root, needed, found);
        }
        found.sort(Comparator.comparing(p -> p.path().toString()));
        return found;
    }

    private static void observeFields(byte[] v, int offset, PathNode node, int depth, Utf8Key probe) {
        int count = VariantReader.fieldCount(v, offset);
        for (int i = 0; i < count; i++) {
            PathNode child = node.child(probe.set(v, VariantReader.keyStart(v, offset, i), VariantReader.keyLength(v, offset, i)));
            int value = VariantReader.fieldValueAt(v, offset, i);
            child.rows++;
            child.seen |= seenBit(v, value);
            if (v[value] == OBJECT && depth < MAX_DEPTH) {
                observeFields(v, value, child, depth + 1, probe);
            }
        }
    }

    private static int seenBit(byte[] v, int offset) {
        switch (v[offset]) {
            case SHORT_STRING: case STRING: return SEEN_STRING;
            case INT8: case INT16: case INT32: case INT64: return SEEN_LONG;
            case DECIMAL: case BIG_NUMBER: return SEEN_WIDE_NUMBER;
            case DOUBLE: return SEEN_DOUBLE;
            case TRUE: case FALSE: return SEEN_BOOLEAN;
            default: return SEEN_OTHER;
        }
    }

    private static void collect(PathNode node, int needed, List<ShreddedPath> found) {
        for (PathNode child : node.children.values()) {
            if (child.rows >= needed) {
                ShreddedKind kind = kindOf(child.seen);
                if (kind != null) {
                    found.add(new ShreddedPath(child.path(), kind, child.seen == SEEN_DOUBLE, child.rows));
                }
                collect(child, needed, found);
            }
        }
    }

    private static ShreddedKind kindOf(int seen) {
        switch (seen) {
            case SEEN_STRING: return ShreddedKind.STRING;
            case SEEN_LONG: return ShreddedKind.LONG;
            case SEEN_BOOLEAN: return ShreddedKind.BOOLEAN;
            default: return (seen & ~NUMBERS) == 0 ? ShreddedKind.DOUBLE : null;
        }
    }

    /**
     * The values of {@code shredded} in rows {@code 0..rowCount-1}: a vector of its kind's type, NULL
     * where the row is NULL or the path does not occur. Meant for the rows the path was found on:
     * a row whose value does not fit the kind fails with IllegalArgumentException.
     */
    public static ColumnVector extract(VariantVector column, int rowCount, ShreddedPath shredded) {
        VariantPath path = shredded.path();
        ShreddedKind kind = shredded.kind();
        ColumnVector out = ColumnVector.allocate(kind.physicalType(), rowCount);
        for (int r = 0; r < rowCount; r++) {
            byte[] v = column.isNull(r) ? null : column.values[r];
            int offset = path.locate(v);
            if (offset < 0) {
                out.setNull(r);
                continue;
            }
            if (!fits(shredded, seenBit(v, offset))) {
                throw new IllegalArgumentException("row " + r + ": path " + path + " holds "
                    + VariantReader.typeAt(v, offset).typeofName() + ", which a " + kind + " sub-column cannot hold");
            }
            switch (kind) {
                case STRING: ((StringVector) out).set(r, VariantReader.stringAt(v, offset)); break;
                case LONG: ((LongVector) out).values[r] = VariantReader.longAt(v, offset); break;
                case DOUBLE: ((DoubleVector) out).values[r] = VariantReader.doubleAt(v, offset); break;
                default: ((BooleanVector) out).values[r] = VariantReader.booleanAt(v, offset);
            }
        }
        return out;
    }

    private static boolean fits(ShreddedPath shredded, int seen) {
        switch (shredded.kind()) {
            case STRING: return seen == SEEN_STRING;
            case LONG: return seen == SEEN_LONG;
            case BOOLEAN: return seen == SEEN_BOOLEAN;
            default: return shredded.servesCast(ScalarCast.STRING) ? seen == SEEN_DOUBLE : (seen & NUMBERS) != 0;
        }
    }

    /** One field name reached from the root, with what was seen under it. */
    private static final class PathNode {
        final PathNode parent;
        final String name;
        final Map<Utf8Key, PathNode> children = new HashMap<>();
        int rows;
        int seen;

        PathNode(PathNode parent, String name) {
            this.parent = parent;
            this.name = name;
        }

        PathNode child(Utf8Key probe) {
            PathNode child = children.get(probe);
            if (child == null) {
                Utf8Key key = probe.copy();
                child = new PathNode(this, new String(key.bytes, StandardCharsets.UTF_8));
                children.put(key, child);
            }
            return child;
        }

        VariantPath path() {
            List<Object> names = new ArrayList<>();
            for (PathNode n = this; n.parent != null; n = n.parent) {
                names.add(0, n.name);
            }
            return VariantPath.of(names);
        }
    }

    /** A UTF-8 byte range as a map key; one mutable instance probes without allocating. */
    private static final class Utf8Key {
        byte[] bytes;
        int from;
        int length;
        int hash;

        Utf8Key set(byte[] bytes, int from, int length) {
            this.bytes = bytes;
            this.from = from;
            this.length = length;
            this.hash = Bytes.hash(bytes, from, length);
            return this;
        }

        Utf8Key copy() {
            return new Utf8Key().set(Arrays.copyOfRange(bytes, from, from + length), 0, length);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Utf8Key && Bytes.equal(bytes, from, length, ((Utf8Key) o).bytes, ((Utf8Key) o).from, ((Utf8Key) o).length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
