package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** {@code ROWS|RANGE start} or {@code ROWS|RANGE BETWEEN start AND end}. */
public record WindowFrame(SourcePosition position, Unit unit, FrameBound start, Optional<FrameBound> end)
        implements Node {

    public enum Unit { ROWS, RANGE }

    public WindowFrame {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    @Override
    public String toString() {
        return end.isPresent() ? unit + " BETWEEN " + start + " AND " + end.get() : unit + " " + start;
    }
}
