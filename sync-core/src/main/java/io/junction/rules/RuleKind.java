package io.junction.rules;

/** What a rule decides. Stored by name. */
public enum RuleKind {
    /** 审单规则: approves, holds, tags or prioritises orders waiting for review. */
    AUDIT,
    /** 物流规则: chooses the logistics method of orders not yet allocated; the first matching rule wins. */
    LOGISTICS
}
