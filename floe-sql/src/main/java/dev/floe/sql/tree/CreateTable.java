package dev.floe.sql.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE [OR REPLACE] [TRANSIENT|TEMPORARY] [INTERACTIVE] TABLE [IF NOT EXISTS] name
 * [(columns)] [CLUSTER BY (exprs)] [props] [AS query]}. Properties hold COMMENT,
 * DATA_RETENTION_TIME_IN_DAYS, TARGET_LAG, WAREHOUSE and the like. Either columns or a query
 * (or both) are present.
 */
public record CreateTable(
        SourcePosition position,
        QualifiedName name,
        boolean orReplace,
        boolean ifNotExists,
        Persistence persistence,
        boolean interactive,
        List<ColumnDefinition> columns,
        List<Expression> clusterBy,
        Properties properties,
        Optional<Query> asQuery) implements Statement {

    public enum Persistence { PERMANENT, TRANSIENT, TEMPORARY }

    public CreateTable {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(persistence, "persistence");
        columns = List.copyOf(columns);
        clusterBy = List.copyOf(clusterBy);
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(asQuery, "asQuery");
        if (columns.isEmpty() && asQuery.isEmpty()) {
            throw new IllegalArgumentException("CREATE TABLE needs columns or AS query");
        }
    }

    @Override
    public <R, C> R accept(AstVisitor<R, C> visitor, C context) {
        return visitor.visitCreateTable(this, context);
    }

    @Override
    public String toString() {
        String kind = (persistence == Persistence.PERMANENT ? "" : persistence + " ")
                + Text.flag(interactive, "INTERACTIVE ") + "TABLE";
        return Ddl.create(orReplace, kind, ifNotExists, name)
                + (columns.isEmpty() ? "" : " (" + Text.list(columns) + ")")
                + (clusterBy.isEmpty() ? "" : " CLUSTER BY (" + Text.list(clusterBy) + ")")
                + Ddl.properties(properties)
                + Text.optional(" AS ", asQuery);
    }
}
