package dev.floe.engine.analyzer;

/** The context of a subquery: everything as in the enclosing statement, plus the enclosing row's columns. */
final class OuterBindContext extends DelegatingBindContext {
    private final OuterReferences outer;

    OuterBindContext(BindContext parent, OuterReferences outer) {
        super(parent);
        this.outer = outer;
    }

    @Override
    public OuterReferences outer() {
        return outer;
    }
}
