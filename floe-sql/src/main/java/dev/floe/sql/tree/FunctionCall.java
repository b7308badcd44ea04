package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call {@code name(args)}. {@code starArgument} is {@code COUNT(*)}; {@code namedArguments}
 * hold {@code NAME => expr} (Snowflake does not mix them with positional ones); the window is
 * present for {@code ... OVER (...)}. Keyword-shaped calls arrive here too: {@code CURRENT_TIMESTAMP}
 * without parentheses has no arguments, {@code EXTRACT(part FROM e)} has arguments
 * {@code [DatePart, e]} and {@code POSITION(a IN b)} has {@code [a, b]}.
 */
public record FunctionCall(
        SourcePosition position,
        QualifiedName name,
        List<Expression> arguments,
        List<NamedArgument> namedArguments,
        boolean distinct,
        boolean starArgument,
        Optional<WindowSpec> window,
        boolean ignoreNulls) implements Expression {

    public FunctionCall {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
        namedArguments = List.copyOf(namedArguments);
        Objects.requireNonNull(window, "window");
        if (starArgument && (!arguments.isEmpty() || !namedArguments.isEmpty())) {
            throw new IllegalArgumentException("a (*) call takes no other arguments");
        }
    }

    /** A call that respects NULLs (no {@code IGNORE NULLS}), the usual case. */
    public FunctionCall(SourcePosition position, QualifiedName name, List<Expression> arguments,
                        List<NamedArgument> namedArguments, boolean distinct, boolean starArgument,
                        Optional<WindowSpec> window) {
        this(position, name, arguments, namedArguments, distinct, starArgument, window, false);
    }

    /** A plain call with positional arguments only. */
    public static FunctionCall of(SourcePosition position, QualifiedName name, List<Expression> arguments) {
        return new FunctionCall(position, name, arguments, List.of(), false, false, Optional.empty());
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitFunctionCall(this, context);
    }

    @Override
    public String toString() {
        String args;
        if (starArgument) {
            args = "*";
        } else if (!namedArguments.isEmpty()) {
            args = Text.list(namedArguments);
        } else {
            args = Text.list(arguments);
        }
        return name + "(" + Text.flag(distinct, "DISTINCT ") + args + ")" + Text.flag(ignoreNulls, " IGNORE NULLS")
                + Text.optional(" OVER ", window);
    }
}
