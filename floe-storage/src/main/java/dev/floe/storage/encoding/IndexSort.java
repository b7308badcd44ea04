package dev.floe.storage.encoding;

/**
 * Stable merge sort of row indexes under a comparator of rows, without boxing. Runs that are
 * already in order cost one comparison to merge, so data arriving nearly sorted (timestamps)
 * sorts in close to linear time.
 */
public final class IndexSort {
    private static final int INSERTION_THRESHOLD = 24;

    /** Orders rows a and b; must be consistent (a total preorder). */
    @FunctionalInterface
    public interface RowComparator {
        int compare(int a, int b);
    }

    private IndexSort() {
    }

    /** Returns 0..count-1 ordered stably by {@code comparator}. */
    public static int[] sortedOrder(int count, RowComparator comparator) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        if (count > 1) {
            int[] buffer = order.clone();
            sort(buffer, order, 0, count, comparator);
        }
        return order;
    }

    /** Sorts src[from, to) into dst[from, to); both hold the same indexes on entry. */
    private static void sort(int[] src, int[] dst, int from, int to, RowComparator cmp) {
        if (to - from <= INSERTION_THRESHOLD) {
            for (int i = from + 1; i < to; i++) {
                int row = dst[i];
                int j = i - 1;
                while (j >= from && cmp.compare(dst[j], row) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = row;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(dst, src, from, mid, cmp);
        sort(dst, src, mid, to, cmp);
        if (cmp.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, from, dst, from, to - from);
            return;
        }
        for (int i = from, p = from, q = mid; i < to; i++) {
            if (q >= to || (p < mid && cmp.compare(src[p], src[q]) <= 0)) {
                dst[i] = src[p++];
            } else {
                dst[i] = src[q++];
            }
        }
    }
}
