package dev.floe.engine.expr;

/**
 * A scalar function on single values (see {@link Values} for the object of each type). Used for
 * the long tail of functions; hot operations have vectorized expressions of their own.
 */
@FunctionalInterface
public interface ScalarKernel {
    Object apply(Object[] args, EvalContext ctx);
}
