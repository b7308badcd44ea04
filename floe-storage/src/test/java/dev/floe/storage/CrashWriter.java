package dev.floe.storage;

import dev.floe.types.SqlType;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.ColumnVector;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Child process of {@link CrashTest}: appends batches of unique ids forever, with background
 * sealing and compaction running, and prints "ACK <commit seq> <first id> <rows>" after each
 * acknowledged commit. Arguments: table directory, first id, "create" or "open".
 */
public final class CrashWriter {
    static final int ROWS = 97;

    private CrashWriter() {
    }

    static TableSchema schema() {
        return new TableSchema(List.of(
                new ColumnSpec("id", SqlType.NUMBER, false),
                new ColumnSpec("device", SqlType.VARCHAR, false)), new int[] {1, 0});
    }

    static StoreOptions options() {
        return StoreOptions.builder().blockRows(256).sealRows(3000).sealAgeMillis(40).compactMinSegments(3)
                .compactTargetRows(20_000).maintenanceIntervalMillis(5).build();
    }

    public static void main(String[] args) throws Exception {
        Path table = Path.of(args[0]);
        long next = Long.parseLong(args[1]);
        TableStore store = args[2].equals("create") ? TableStore.create(table, schema(), options()) : TableStore.open(table, options());
        System.out.println("READY");
        System.out.flush();
        while (true) {
            LongVector ids = new LongVector(ROWS);
            StringVector devices = new StringVector(ROWS);
            for (int i = 0; i < ROWS; i++) {
                ids.values[i] = next + i;
                devices.set(i, "D" + ((next + i) % 13));
            }
            CommitInfo commit = store.append(new ColumnBatch(new ColumnVector[] {ids, devices}, ROWS),
                    Map.of("ch", String.valueOf(next + ROWS - 1)));
            System.out.println("ACK " + commit.commitSeq() + " " + next + " " + commit.rowCount());
            System.out.flush();
            next += ROWS;
        }
    }
}
