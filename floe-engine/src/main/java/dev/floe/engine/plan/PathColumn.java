package dev.floe.engine.plan;

import dev.floe.types.SqlType;
import dev.floe.types.variant.ScalarCast;
import dev.floe.types.variant.VariantPath;

/**
 * A column a scan computes from a VARIANT column: {@code column:path::type}. Segments that
 * shredded the path answer it from their typed sub-column; others extract and cast per row.
 */
public record PathColumn(int tableColumn, VariantPath path, ScalarCast cast, SqlType type) {
}
