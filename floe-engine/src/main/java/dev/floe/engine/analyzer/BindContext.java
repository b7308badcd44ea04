package dev.floe.engine.analyzer;

import dev.floe.engine.plan.PlanNode;
import dev.floe.sql.tree.Query;
import java.time.ZoneId;
import java.util.List;

/** What binding needs from the session and the statement being bound. */
public interface BindContext {
    ZoneId timeZone();

    /** CURRENT_TIMESTAMP() of this statement, in epoch nanoseconds. */
    long statementStartEpochNanos();

    String currentDatabase();

    String currentSchema();

    String currentWarehouse();

    String currentRole();

    String currentUser();

    /** Runs an uncorrelated subquery's plan and returns its rows. */
    List<Object[]> run(PlanNode plan);

    /** Binds a subquery, resolving names through {@code context} (which may see an enclosing query's row). */
    PlanNode bindSubquery(Query query, BindContext context);

    /** The enclosing query's columns, when binding a subquery; null otherwise. */
    default OuterReferences outer() {
        return null;
    }
}
