package dev.floe.engine;

import dev.floe.types.SqlType;

/** One column of a statement's result: its name, type and whether it may hold NULL. */
public record ResultColumn(String name, SqlType type, boolean nullable) {
}
