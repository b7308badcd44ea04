package dev.floe.engine.optimizer;

import dev.floe.engine.plan.PlanNode;

/** Rewrites a bound plan into a cheaper equivalent; each rule is its own class, applied in order. */
public final class Optimizer {
    private Optimizer() {
    }

    public static PlanNode optimize(PlanNode plan) {
        PlanNode p = PushFilterIntoScan.apply(plan);
        p = ReadShreddedPaths.apply(p);
        return PruneScanColumns.apply(p);
    }
}
