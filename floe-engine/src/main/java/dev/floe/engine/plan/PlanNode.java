package dev.floe.engine.plan;

import java.util.List;

/**
 * A node of the logical plan. Expressions in a node refer to its input's columns by position;
 * {@link #fields} describes the columns the node produces. Nodes are immutable: the optimizer
 * rewrites by building new ones.
 */
public sealed interface PlanNode
        permits ScanNode, FilterNode, ProjectNode, AggregateNode, WindowNode, SortNode, LimitNode, JoinNode, UnionNode,
        ValuesNode {

    List<Field> fields();

    List<PlanNode> inputs();
}
