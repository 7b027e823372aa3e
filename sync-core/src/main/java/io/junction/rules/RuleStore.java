package io.junction.rules;

import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException.Problem;
import io.junction.persistence.GeneratedId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Rules as a person keeps them: each checked whole before it is stored, conditions and actions kept as JSON. */
@Service
public class RuleStore {

    private final RuleMapper rules;
    private final JsonMapper json;
    private final Clock clock;

    public RuleStore(RuleMapper rules, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.json = json;
        this.clock = clock;
    }

    /** Every rule, highest priority first. */
    public List<Rule> all() {
        return rules.findAll().stream().map(this::rule).toList();
    }

    /** @throws NoSuchElementException when there is no such rule */
    public Rule get(long id) {
        RuleMapper.RuleRow row = rules.findById(id);
        if (row == null) {
            throw new NoSuchElementException("No rule " + id);
        }
        return rule(row);
    }

    /**
     * The draft as it would be stored, checked whole; a dry run uses it unsaved.
     *
     * @throws RuleRefusedException with every reason
     */
    public Rule checked(RuleDraft draft, long id, String actor) {
        RuleValidation.Checked checked = RuleValidation.check(draft, methodIds());
        if (!checked.problems().isEmpty()) {
            throw new RuleRefusedException(checked.problems(), false);
        }
        RuleDraft d = checked.draft();
        return new Rule(
                id,
                d.name(),
                RuleKind.valueOf(d.kind()),
                d.priority(),
                d.enabled(),
                d.conditions(),
                d.actions(),
                actor,
                clock.instant());
    }

    /** @throws RuleRefusedException with every reason, or when the name is taken (a conflict) */
    @Transactional
    public Rule create(RuleDraft draft, String actor) {
        Rule rule = checked(draft, 0, actor);
        nameFree(rule.name(), 0);
        GeneratedId key = new GeneratedId();
        rules.insert(key, row(rule));
        return get(key.get());
    }

    /** @throws RuleRefusedException as {@link #create}; NoSuchElementException when there is no such rule */
    @Transactional
    public Rule update(long id, RuleDraft draft, String actor) {
        get(id);
        Rule rule = checked(draft, id, actor);
        nameFree(rule.name(), id);
        rules.update(row(rule));
        return get(id);
    }

    /** Turns a rule on or off, as it is otherwise. */
    @Transactional
    public Rule enable(long id, boolean enabled, String actor) {
        Rule r = get(id);
        rules.update(row(new Rule(
                id, r.name(), r.kind(), r.priority(), enabled, r.conditions(), r.actions(), actor, clock.instant())));
        return get(id);
    }

    /** @throws NoSuchElementException when there is no such rule */
    @Transactional
    public void delete(long id) {
        if (rules.delete(id) == 0) {
            throw new NoSuchElementException("No rule " + id);
        }
    }

    private void nameFree(String name, long id) {
        RuleMapper.RuleRow same = rules.findByName(name);
        if (same != null && same.id() != id) {
            throw new RuleRefusedException(
                    List.of(new Problem("name", "name: another rule is called " + name, Refusal.of("nameTaken", name))),
                    true);
        }
    }

    /** Each method's id, and whether it is switched on. */
    private Map<Long, Boolean> methodIds() {
        return rules.methods().stream()
                .collect(Collectors.toMap(RuleMapper.MethodCarrier::id, RuleMapper.MethodCarrier::enabled));
    }

    private Rule rule(RuleMapper.RuleRow row) {
        return new Rule(
                row.id(),
                row.name(),
                row.kind(),
                row.priority(),
                row.enabled(),
                json.readValue(row.conditionsJson(), RuleConditions.class),
                json.readValue(row.actionsJson(), RuleActions.class),
                row.updatedBy(),
                row.updatedAt());
    }

    private RuleMapper.RuleRow row(Rule r) {
        return new RuleMapper.RuleRow(
                r.id(),
                r.name(),
                r.kind(),
                r.priority(),
                r.enabled(),
                json.writeValueAsString(r.conditions()),
                json.writeValueAsString(r.actions()),
                r.updatedBy(),
                r.updatedAt());
    }
}
