package dev.floe.storage;

import static dev.floe.storage.TestTables.allTypesBatch;
import static dev.floe.storage.TestTables.allTypesSchema;
import static dev.floe.storage.TestTables.sensorBatch;
import static dev.floe.storage.TestTables.sensorSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.floe.types.SqlType;
import dev.floe.types.variant.ScalarCast;
import dev.floe.types.variant.ShreddedKind;
import dev.floe.types.variant.Variant;
import dev.floe.types.vector.ColumnBatch;
import dev.floe.types.vector.LongVector;
import dev.floe.types.vector.StringVector;
import dev.floe.types.vector.VariantVector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShreddingTest {
    @TempDir
    Path dir;

    @Test
    void sensorLocationPathsBecomeTypedColumnsThatMatchTheVariants() throws IOException {
        Path table = dir.resolve("t");
        try (TableStore store = TableStore.create(table, sensorSchema(), TableStoreTest.manual())) {
            store.append(sensorBatch(0, 500), Map.of());
            assertNull(store.snapshot().segments().get(0).shredded(6, "building"), "open segments are not shredded");
            store.sealNow();
            checkLocation(store.snapshot().segments().get(0));
            store.append(sensorBatch(500, 300), Map.of());
            store.sealNow();
            store.compactNow();
            assertEquals(1, store.snapshot().segments().size());
            checkLocation(store.snapshot().segments().get(0));
        }
        try (TableStore store = TableStore.open(table, TableStoreTest.manual())) {
            checkLocation(store.snapshot().segments().get(0));
        }
    }

    private static void checkLocation(SegmentView segment) {
        assertEquals(List.of("building", "floor", "zone"),
                segment.shreddedColumns(6).stream().map(c -> c.path().toString()).toList());
        ShreddedColumn building = segment.shredded(6, "building");
        ShreddedColumn floor = segment.shredded(6, "floor");
        assertEquals(ShreddedKind.STRING, building.kind());
        assertEquals(SqlType.VARCHAR, building.type());
        assertEquals(ShreddedKind.LONG, floor.kind());
        assertTrue(floor.servesCast(ScalarCast.STRING));
        assertEquals("B0", building.stats().minString());
        assertEquals("B4", building.stats().maxString());
        assertEquals(0, floor.stats().minLong());
        assertEquals(2, floor.stats().maxLong());
        assertNull(segment.shredded(6, "nothing"));
        assertNull(segment.shredded(6, "[unclosed"));
        assertNull(segment.shredded(1, "building"));

        StringVector devices = new StringVector(1);
        StringVector buildings = new StringVector(1);
        LongVector floors = new LongVector(1);
        VariantVector locations = new VariantVector(1);
        for (int b = 0; b < segment.blockCount(); b++) {
            segment.read(b, 1, devices);
            segment.read(b, 6, locations);
            building.read(b, buildings);
            floor.read(b, floors);
            assertTrue(buildings.isDictionary());
            assertEquals(dev.floe.storage.column.VectorStats.of(buildings, segment.blockRowCount(b)), building.blockStats(b));
            for (int i = 0; i < segment.blockRowCount(b); i++) {
                int device = Integer.parseInt(devices.get(i).substring(7)) - 1;
                assertEquals("B" + (device % 5), buildings.get(i));
                assertEquals(device % 3, floors.values[i]);
                assertEquals(Variant.toJson(TestTables.location(device)), Variant.toJson(locations.values[i]));
            }
        }
    }

    @Test
    void rowsWithoutThePathOrNullVariantsReadAsNull() throws IOException {
        try (TableStore store = TableStore.create(dir.resolve("t"), allTypesSchema(), TableStoreTest.manual())) {
            store.append(allTypesBatch(0, 200), Map.of());
            store.sealNow();
            SegmentView segment = store.snapshot().segments().get(0);
            ShreddedColumn k = segment.shredded(5, "k");
            assertEquals(ShreddedKind.LONG, k.kind());
            LongVector ids = new LongVector(1);
            LongVector values = new LongVector(1);
            int checked = 0;
            for (int b = 0; b < segment.blockCount(); b++) {
                segment.read(b, 0, ids);
                k.read(b, values);
                for (int i = 0; i < segment.blockRowCount(b); i++) {
                    long n = ids.values[i];
                    boolean hasK = n % 8 != 0 && n % 3 != 0;
                    assertEquals(!hasK, values.isNull(i), "row " + n);
                    if (hasK) {
                        assertEquals(n % 40, values.values[i]);
                        checked++;
                    }
                }
            }
            assertEquals(200 - 25 - 67 + 9, checked);
        }
    }

    @Test
    void bytesThatAreNotAVariantAreRejected() throws IOException {
        try (TableStore store = TableStore.create(dir.resolve("t"), sensorSchema(), TableStoreTest.manual())) {
            ColumnBatch batch = sensorBatch(0, 3);
            ((VariantVector) batch.column(6)).set(2, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.append(batch, Map.of()));
            assertEquals("column location row 2 is not a VARIANT in binary form", e.getMessage());
            ((VariantVector) batch.column(6)).set(2, new byte[0]);
            assertThrows(IllegalArgumentException.class, () -> store.append(batch, Map.of()));
            assertFalse(store.snapshot().rowCount() > 0);
        }
    }
}
