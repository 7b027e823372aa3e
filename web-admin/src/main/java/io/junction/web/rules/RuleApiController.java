package io.junction.web.rules;

import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.Refusal;
import io.junction.rules.Rule;
import io.junction.rules.RuleDraft;
import io.junction.rules.RuleMapper;
import io.junction.rules.RuleRefusedException;
import io.junction.rules.RuleRunner;
import io.junction.rules.RuleStore;
import io.junction.shop.ShopScope;
import io.junction.web.api.ApiProblems;
import io.junction.web.api.OrderIdsRequest;
import io.junction.web.order.OrderApiController.ActionResult.Failed;
import io.junction.web.order.RefusalText;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules over JSON: list, add, change, delete; a dry run of a rule as drafted; and a run of the enabled rules
 * and checks on a selection of orders. A refused rule lists every reason with its field, nothing stored.
 */
@RestController
@RequestMapping("/api/v1")
public class RuleApiController {

    private final RuleStore store;
    private final RuleRunner runner;
    private final RuleTexts texts;
    private final RefusalText refusals;
    private final ApiProblems problems;
    private final OrderMapper orders;
    private final ShopScope scope;

    public RuleApiController(
            RuleStore store,
            RuleRunner runner,
            RuleTexts texts,
            RefusalText refusals,
            ApiProblems problems,
            OrderMapper orders,
            ShopScope scope) {
        this.store = store;
        this.runner = runner;
        this.texts = texts;
        this.refusals = refusals;
        this.problems = problems;
        this.orders = orders;
        this.scope = scope;
    }

    /** A run's answer: the orders examined, matched and changed, and each that could not be changed and why. */
    public record RunResult(int evaluated, List<Long> matched, List<Long> changed, List<Failed> failed) {}

    @GetMapping("/rules")
    @Operation(summary = "Every rule, highest priority first")
    public List<Rule> list() {
        return store.all();
    }

    @GetMapping("/rules/{id}")
    @Operation(summary = "One rule")
    public Rule get(@PathVariable long id) {
        return store.get(id);
    }

    @PostMapping("/rules")
    @Operation(
            summary = "Add a rule: {name, kind: AUDIT|LOGISTICS, priority, enabled, conditions, actions}",
            description = "A condition left out matches any order; an action left out does nothing. Higher"
                    + " priority runs first; the first matching LOGISTICS rule sets the method; hold beats approve.")
    public ResponseEntity<Rule> create(@RequestBody RuleDraft body, Principal user) {
        Rule rule = store.create(body, user.getName());
        return ResponseEntity.created(URI.create("/api/v1/rules/" + rule.id())).body(rule);
    }

    @PutMapping("/rules/{id}")
    @Operation(summary = "Replace a rule")
    public Rule update(@PathVariable long id, @RequestBody RuleDraft body, Principal user) {
        return store.update(id, body, user.getName());
    }

    @DeleteMapping("/rules/{id}")
    @Operation(summary = "Delete a rule; the orders it matched keep its name in their history")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        store.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/rules/dry-run")
    @Operation(
            summary = "How many orders a rule as drafted would match now, unsaved (AUDIT: those waiting for review;"
                    + " LOGISTICS: those not yet allocated), with the first 20 ids")
    public RuleRunner.DryRun dryRun(@RequestBody RuleDraft body, Principal user) {
        return runner.dryRun(store.checked(body, 0, user.getName()));
    }

    @PostMapping("/rules/run")
    @Operation(summary = "Run the enabled rules and the checks on these orders now: {orderIds: [...]}")
    public RunResult run(@RequestBody OrderIdsRequest body) {
        List<Long> asked = body.requireIds();
        // orders of shops outside the caller's scope answer as if they did not exist
        Set<Long> visible = orders.findByIds(asked).stream()
                .filter(o -> scope.includes(o.shopId()))
                .map(Order::id)
                .collect(Collectors.toSet());
        RuleRunner.Run run = runner.run(asked.stream().filter(visible::contains).toList());
        List<Failed> failed = new ArrayList<>(
                run.failed().stream().map(f -> Failed.of(f, refusals)).toList());
        new LinkedHashSet<>(asked)
                .stream()
                        .filter(id -> !visible.contains(id))
                        .forEach(id -> failed.add(Failed.of(
                                new BatchActionResult.Failure(
                                        id, "No order " + id, Refusal.of(Refusal.NO_SUCH_ORDER, id)),
                                refusals)));
        return new RunResult(run.evaluated(), run.matched(), run.changed(), failed);
    }

    @GetMapping("/orders/{id}/rules")
    @Operation(summary = "The rules that matched an order the last time the rules ran on it")
    public List<RuleMapper.RuleMatch> matched(@PathVariable long id) {
        Order order = orders.findById(id);
        if (order == null || !scope.includes(order.shopId())) {
            throw new NoSuchElementException("No order " + id);
        }
        return texts.matched(id);
    }

    @ExceptionHandler(RuleRefusedException.class)
    ProblemDetail refused(RuleRefusedException e) {
        ProblemDetail problem = problems.refusedChange(e, texts.said(e.problems()), "rules.refused");
        problem.setProperty("field", e.problems().get(0).field());
        return problem;
    }
}
