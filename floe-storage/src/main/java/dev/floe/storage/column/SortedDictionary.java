package dev.floe.storage.column;

import dev.floe.storage.encoding.IndexSort;
import java.util.Arrays;
import java.util.Comparator;

/** A dictionary's distinct values in order, and for each original code its rank in that order. */
public final class SortedDictionary<T> {
    private final T[] values;
    private final int[] ranks;

    private SortedDictionary(T[] values, int[] ranks) {
        this.values = values;
        this.ranks = ranks;
    }

    static <T> SortedDictionary<T> of(T[] dictionary, Comparator<T> order) {
        int[] byRank = IndexSort.sortedOrder(dictionary.length, (a, b) -> order.compare(dictionary[a], dictionary[b]));
        T[] values = Arrays.copyOf(dictionary, dictionary.length);
        int[] ranks = new int[dictionary.length];
        for (int rank = 0; rank < byRank.length; rank++) {
            values[rank] = dictionary[byRank[rank]];
            ranks[byRank[rank]] = rank;
        }
        return new SortedDictionary<>(values, ranks);
    }

    public T[] values() {
        return values;
    }

    /** Rank (position in {@link #values()}) of each original code. */
    public int[] ranks() {
        return ranks;
    }
}
