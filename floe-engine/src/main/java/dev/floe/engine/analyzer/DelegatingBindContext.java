package dev.floe.engine.analyzer;

import dev.floe.engine.plan.PlanNode;
import dev.floe.sql.tree.Query;
import java.time.ZoneId;
import java.util.List;

/** A bind context that answers as another does; subclasses change one thing. */
abstract class DelegatingBindContext implements BindContext {
    private final BindContext parent;

    DelegatingBindContext(BindContext parent) {
        this.parent = parent;
    }

    @Override
    public OuterReferences outer() {
        return parent.outer();
    }

    @Override
    public ZoneId timeZone() {
        return parent.timeZone();
    }

    @Override
    public long statementStartEpochNanos() {
        return parent.statementStartEpochNanos();
    }

    @Override
    public String currentDatabase() {
        return parent.currentDatabase();
    }

    @Override
    public String currentSchema() {
        return parent.currentSchema();
    }

    @Override
    public String currentWarehouse() {
        return parent.currentWarehouse();
    }

    @Override
    public String currentRole() {
        return parent.currentRole();
    }

    @Override
    public String currentUser() {
        return parent.currentUser();
    }

    @Override
    public List<Object[]> run(PlanNode plan) {
        return parent.run(plan);
    }

    @Override
    public PlanNode bindSubquery(Query query, BindContext context) {
        return parent.bindSubquery(query, context);
    }
}
