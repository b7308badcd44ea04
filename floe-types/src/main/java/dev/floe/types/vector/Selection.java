package dev.floe.types.vector;

/** Copies the selected positions of a vector into a dense vector, keeping dictionary encoding. */
public final class Selection {
    private Selection() {
    }

    /** The positions {@code sel[0..count)} of {@code src} as a dense vector, reusing {@code reuse} when it fits. */
    public static ColumnVector gather(ColumnVector src, int[] sel, int count, ColumnVector reuse) {
        ColumnVector dst = target(src, count, reuse);
        switch (src.type()) {
            case LONG: {
                long[] s = ((LongVector) src).values;
                long[] d = ((LongVector) dst).values;
                for (int i = 0; i < count; i++) d[i] = s[sel[i]];
                break;
            }
            case DOUBLE: {
                double[] s = ((DoubleVector) src).values;
                double[] d = ((DoubleVector) dst).values;
                for (int i = 0; i < count; i++) d[i] = s[sel[i]];
                break;
            }
            case BOOLEAN: {
                boolean[] s = ((BooleanVector) src).values;
                boolean[] d = ((BooleanVector) dst).values;
                for (int i = 0; i < count; i++) d[i] = s[sel[i]];
                break;
            }
            case STRING: {
                StringVector s = (StringVector) src;
                StringVector d = (StringVector) dst;
                if (s.isDictionary()) {
                    for (int i = 0; i < count; i++) d.codes[i] = s.codes[sel[i]];
                } else {
                    for (int i = 0; i < count; i++) d.values[i] = s.values[sel[i]];
                }
                break;
            }
            case VARIANT: {
                byte[][] s = ((VariantVector) src).values;
                byte[][] d = ((VariantVector) dst).values;
                for (int i = 0; i < count; i++) d[i] = s[sel[i]];
                break;
            }
            case TIMESTAMP_TZ: {
                TimestampTzVector s = (TimestampTzVector) src;
                TimestampTzVector d = (TimestampTzVector) dst;
                for (int i = 0; i < count; i++) {
                    d.values[i] = s.values[sel[i]];
                    d.offsetMinutes[i] = s.offsetMinutes[sel[i]];
                }
                break;
            }
            default: throw new IllegalStateException("unknown vector type " + src.type());
        }
        if (src.mayHaveNulls()) {
            for (int i = 0; i < count; i++) {
                if (src.isNull(sel[i])) dst.setNull(i);
            }
        }
        return dst;
    }

    private static ColumnVector target(ColumnVector src, int count, ColumnVector reuse) {
        if (src instanceof StringVector && ((StringVector) src).isDictionary()) {
            StringVector s = (StringVector) src;
            if (reuse instanceof StringVector && ((StringVector) reuse).dictionary == s.dictionary
                    && reuse.capacity() >= count) {
                reuse.reset();
                return reuse;
            }
            return StringVector.ofDictionary(s.dictionary, Math.max(count, 16));
        }
        if (reuse != null && reuse.getClass() == src.getClass()
                && !(reuse instanceof StringVector && ((StringVector) reuse).isDictionary())) {
            reuse.ensureCapacity(count);
            reuse.reset();
            return reuse;
        }
        return ColumnVector.allocate(src.type(), Math.max(count, 16));
    }
}
