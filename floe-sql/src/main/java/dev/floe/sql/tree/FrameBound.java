package dev.floe.sql.tree;

import java.util.Objects;
import java.util.Optional;

/** One end of a window frame; {@code offset} is present for {@code n PRECEDING} and {@code n FOLLOWING}. */
public record FrameBound(SourcePosition position, Kind kind, Optional<Expression> offset) implements Node {

    public enum Kind {
        UNBOUNDED_PRECEDING("UNBOUNDED PRECEDING"),
        PRECEDING("PRECEDING"),
        CURRENT_ROW("CURRENT ROW"),
        FOLLOWING("FOLLOWING"),
        UNBOUNDED_FOLLOWING("UNBOUNDED FOLLOWING");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        public boolean takesOffset() {
            return this == PRECEDING || this == FOLLOWING;
        }
    }

    public FrameBound {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(offset, "offset");
        if (kind.takesOffset() != offset.isPresent()) {
            throw new IllegalArgumentException(kind + " frame bound " + (kind.takesOffset() ? "needs" : "takes no") + " offset");
        }
    }

    @Override
    public String toString() {
        return offset.isPresent() ? offset.get() + " " + kind.sql : kind.sql;
    }
}
