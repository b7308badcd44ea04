package dev.floe.sql.tree;

/**
 * A visitor over the syntax tree. Each {@code visitX} defaults to the visit method of its
 * category ({@link #visitExpression}, {@link #visitStatement}, {@link #visitRelation},
 * {@link #visitQueryBody}), and those default to {@link #visitNode}, which rejects the node;
 * a visitor overrides what it handles.
 *
 * @param <R> what a visit returns
 * @param <C> the context passed down
 */
public interface AstVisitor<R, C> {
    default R visitNode(Node node, C context) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not handle " + node.getClass().getSimpleName());
    }

    default R visitExpression(Expression node, C context) {
        return visitNode(node, context);
    }

    default R visitLiteral(Literal node, C context) {
        return visitExpression(node, context);
    }

    default R visitStatement(Statement node, C context) {
        return visitNode(node, context);
    }

    default R visitRelation(Relation node, C context) {
        return visitNode(node, context);
    }

    default R visitQueryBody(QueryBody node, C context) {
        return visitNode(node, context);
    }

    default R visitQuery(Query node, C context) {
        return visitNode(node, context);
    }

    default R visitBetween(Between node, C context) {
        return visitExpression(node, context);
    }

    default R visitBinaryExpression(BinaryExpression node, C context) {
        return visitExpression(node, context);
    }

    default R visitBooleanLiteral(BooleanLiteral node, C context) {
        return visitLiteral(node, context);
    }

    default R visitCase(Case node, C context) {
        return visitExpression(node, context);
    }

    default R visitCast(Cast node, C context) {
        return visitExpression(node, context);
    }

    default R visitColumnRef(ColumnRef node, C context) {
        return visitExpression(node, context);
    }

    default R visitComparison(Comparison node, C context) {
        return visitExpression(node, context);
    }

    default R visitDatePart(DatePart node, C context) {
        return visitExpression(node, context);
    }

    default R visitExists(Exists node, C context) {
        return visitExpression(node, context);
    }

    default R visitFunctionCall(FunctionCall node, C context) {
        return visitExpression(node, context);
    }

    default R visitInList(InList node, C context) {
        return visitExpression(node, context);
    }

    default R visitInSubquery(InSubquery node, C context) {
        return visitExpression(node, context);
    }

    default R visitIntervalLiteral(IntervalLiteral node, C context) {
        return visitLiteral(node, context);
    }

    default R visitIsDistinctFrom(IsDistinctFrom node, C context) {
        return visitExpression(node, context);
    }

    default R visitIsNull(IsNull node, C context) {
        return visitExpression(node, context);
    }

    default R visitLike(Like node, C context) {
        return visitExpression(node, context);
    }

    default R visitLogical(Logical node, C context) {
        return visitExpression(node, context);
    }

    default R visitNullLiteral(NullLiteral node, C context) {
        return visitLiteral(node, context);
    }

    default R visitNumericLiteral(NumericLiteral node, C context) {
        return visitLiteral(node, context);
    }

    default R visitParameter(Parameter node, C context) {
        return visitExpression(node, context);
    }

    default R visitPositionalColumn(PositionalColumn node, C context) {
        return visitExpression(node, context);
    }

    default R visitQualifiedStar(QualifiedStar node, C context) {
        return visitExpression(node, context);
    }

    default R visitScalarSubquery(ScalarSubquery node, C context) {
        return visitExpression(node, context);
    }

    default R visitStar(Star node, C context) {
        return visitExpression(node, context);
    }

    default R visitStringLiteral(StringLiteral node, C context) {
        return visitLiteral(node, context);
    }

    default R visitUnary(Unary node, C context) {
        return visitExpression(node, context);
    }

    default R visitVariantPath(VariantPath node, C context) {
        return visitExpression(node, context);
    }

    default R visitParenthesizedQuery(ParenthesizedQuery node, C context) {
        return visitQueryBody(node, context);
    }

    default R visitQuerySpecification(QuerySpecification node, C context) {
        return visitQueryBody(node, context);
    }

    default R visitSetOperation(SetOperation node, C context) {
        return visitQueryBody(node, context);
    }

    default R visitValues(Values node, C context) {
        return visitQueryBody(node, context);
    }

    default R visitJoin(Join node, C context) {
        return visitRelation(node, context);
    }

    default R visitSubqueryRelation(SubqueryRelation node, C context) {
        return visitRelation(node, context);
    }

    default R visitTableFunction(TableFunction node, C context) {
        return visitRelation(node, context);
    }

    default R visitTableRef(TableRef node, C context) {
        return visitRelation(node, context);
    }

    default R visitAlterSession(AlterSession node, C context) {
        return visitStatement(node, context);
    }

    default R visitAlterTable(AlterTable node, C context) {
        return visitStatement(node, context);
    }

    default R visitAlterUser(AlterUser node, C context) {
        return visitStatement(node, context);
    }

    default R visitAlterWarehouse(AlterWarehouse node, C context) {
        return visitStatement(node, context);
    }

    default R visitCreateDatabase(CreateDatabase node, C context) {
        return visitStatement(node, context);
    }

    default R visitCreatePipe(CreatePipe node, C context) {
        return visitStatement(node, context);
    }

    default R visitCreateRole(CreateRole node, C context) {
        return visitStatement(node, context);
    }

    default R visitCreateSchema(CreateSchema node, C context) {
        return visitStatement(node, context);
    }

    default R visitCreateTable(CreateTable node, C context) {
        return visitStatement(node, context);
    }

    default R visitCreateUser(CreateUser node, C context) {
        return visitStatement(node, context);
    }

    default R visitCreateWarehouse(CreateWarehouse node, C context) {
        return visitStatement(node, context);
    }

    default R visitDelete(Delete node, C context) {
        return visitStatement(node, context);
    }

    default R visitDescribe(Describe node, C context) {
        return visitStatement(node, context);
    }

    default R visitDrop(Drop node, C context) {
        return visitStatement(node, context);
    }

    default R visitExplain(Explain node, C context) {
        return visitStatement(node, context);
    }

    default R visitGrantPrivileges(GrantPrivileges node, C context) {
        return visitStatement(node, context);
    }

    default R visitGrantRole(GrantRole node, C context) {
        return visitStatement(node, context);
    }

    default R visitInsert(Insert node, C context) {
        return visitStatement(node, context);
    }

    default R visitQueryStatement(QueryStatement node, C context) {
        return visitStatement(node, context);
    }

    default R visitRevokePrivileges(RevokePrivileges node, C context) {
        return visitStatement(node, context);
    }

    default R visitRevokeRole(RevokeRole node, C context) {
        return visitStatement(node, context);
    }

    default R visitShow(Show node, C context) {
        return visitStatement(node, context);
    }

    default R visitUpdate(Update node, C context) {
        return visitStatement(node, context);
    }

    default R visitUse(Use node, C context) {
        return visitStatement(node, context);
    }
}
