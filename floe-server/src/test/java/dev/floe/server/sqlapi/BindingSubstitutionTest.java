package dev.floe.server.sqlapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.floe.server.http.HttpError;
import dev.floe.server.sqlapi.StatementRequest.Binding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BindingSubstitutionTest {
    @Test
    void questionMarksTakeBindingsInOrder() {
        assertEquals("SELECT 5, 'x', TRUE, NULL", BindingSubstitution.apply("SELECT ?, ?, ?, ?", Map.of(
                "1", new Binding("FIXED", "5"), "2", new Binding("TEXT", "x"), "3", new Binding("BOOLEAN", "true"),
                "4", new Binding("TEXT", null))));
    }

    @Test
    void numberedBindingsAndCastsAreNotConfused() {
        assertEquals("SELECT '1.5'::FLOAT::VARCHAR, 7", BindingSubstitution.apply("SELECT :2::VARCHAR, :1",
                Map.of("1", new Binding("FIXED", "7"), "2", new Binding("REAL", "1.5"))));
    }

    @Test
    void placeholdersInStringsIdentifiersAndCommentsStay() {
        String sql = "SELECT '?', 'it''s ?', \"a?\", $$ ? $$ -- ?\n/* ? */ FROM t WHERE x = ?";
        assertEquals("SELECT '?', 'it''s ?', \"a?\", $$ ? $$ -- ?\n/* ? */ FROM t WHERE x = 3",
                BindingSubstitution.apply(sql, Map.of("1", new Binding("FIXED", "3"))));
    }

    @Test
    void textIsQuotedSafely() {
        assertEquals("SELECT 'a''b\\\\'", BindingSubstitution.apply("SELECT ?", Map.of("1", new Binding("TEXT", "a'b\\"))));
    }

    @Test
    void temporalValuesAreCast() {
        assertEquals("SELECT '2024-01-15'::DATE, '2024-01-15T10:30:00Z'::TIMESTAMP_TZ", BindingSubstitution.apply("SELECT ?, ?",
                Map.of("1", new Binding("DATE", "2024-01-15"), "2", new Binding("TIMESTAMP_TZ", "2024-01-15T10:30:00Z"))));
    }

    @Test
    void badBindingsAreRefused() {
        assertEquals("binding 1 of type REAL has an invalid value '1e'", assertThrows(HttpError.class,
                () -> BindingSubstitution.apply("SELECT ?", Map.of("1", new Binding("REAL", "1e")))).getMessage());
        assertEquals("binding 1 of type BOOLEAN has an invalid value 'yes'", assertThrows(HttpError.class,
                () -> BindingSubstitution.apply("SELECT ?", Map.of("1", new Binding("BOOLEAN", "yes")))).getMessage());
        assertEquals("binding 1 has unsupported type BINARY; supported: FIXED, REAL, TEXT, BOOLEAN, DATE, TIME, TIMESTAMP_NTZ,"
                + " TIMESTAMP_LTZ, TIMESTAMP_TZ", assertThrows(HttpError.class,
                () -> BindingSubstitution.apply("SELECT ?", Map.of("1", new Binding("BINARY", "00")))).getMessage());
        assertEquals(400, assertThrows(HttpError.class, () -> BindingSubstitution.apply("SELECT :3", Map.of())).status());
    }
}
