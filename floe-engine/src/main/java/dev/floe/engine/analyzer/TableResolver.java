package dev.floe.engine.analyzer;

import dev.floe.engine.catalog.TableDef;
import dev.floe.engine.plan.PlanNode;
import dev.floe.sql.tree.FunctionCall;
import dev.floe.sql.tree.QualifiedName;

/** Finds the table a name refers to from the session's current database and schema, or fails. */
public interface TableResolver {
    /** The table, after checking the current warehouse may query it; throws when there is none. */
    TableDef resolveTable(QualifiedName name);

    /** The rows of the system view a name refers to (INFORMATION_SCHEMA.TABLES, ...), or null when it names none. */
    PlanNode systemView(QualifiedName name);

    /** The rows of a table function such as {@code INFORMATION_SCHEMA.QUERY_HISTORY(...)}; throws for unknown ones. */
    PlanNode tableFunction(FunctionCall call);
}
