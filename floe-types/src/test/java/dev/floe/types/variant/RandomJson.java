package dev.floe.types.variant;

import java.util.Random;

/** Random JSON text over a small vocabulary, so that values and keys often repeat. */
final class RandomJson {
    private static final String[] SCALARS = {
        "0", "1", "-1", "1.0", "1e0", "2.5", "0.1", "0.1e0", "-0", "23.5", "1e20", "100000000000000000000",
        "9223372036854775808", "\"a\"", "\"b\"", "\"\"", "\"é\"", "true", "false", "null", "NaN", "-Infinity",
    };
    private static final String[] KEYS = {"a", "b", "c", "A", "é"};

    private RandomJson() {
    }

    static String value(Random random, int depth) {
        int choice = random.nextInt(depth > 0 ? 5 : 3);
        if (choice == 3) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                sb.append(i > 0 ? "," : "").append(value(random, depth - 1));
            }
            return sb.append(']').toString();
        }
        if (choice == 4) {
            StringBuilder sb = new StringBuilder("{");
            int used = 0;
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                int k = random.nextInt(KEYS.length);
                if ((used & (1 << k)) == 0) {
                    used |= 1 << k;
                    sb.append(used == (1 << k) ? "" : ",").append('"').append(KEYS[k]).append("\":").append(value(random, depth - 1));
                }
            }
            return sb.append('}').toString();
        }
        return SCALARS[random.nextInt(SCALARS.length)];
    }
}
