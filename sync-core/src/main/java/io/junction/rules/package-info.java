/**
 * Rules that do the routine (审单规则, 物流规则) and the checks that run with them: a rule's conditions are
 * named policies that each say why they matched or not ({@link io.junction.rules.RuleConditions}), the
 * engine decides what the matching rules do to an order ({@link io.junction.rules.RuleEngine}, pure), and
 * {@link io.junction.rules.RuleRunner} applies it after the intake commits or on a selection, every change
 * in the order's history in the rule's name.
 */
package io.junction.rules;
