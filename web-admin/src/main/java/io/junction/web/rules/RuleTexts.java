package io.junction.web.rules;

import io.junction.order.RefusedChangeException;
import io.junction.rules.RuleMapper;
import io.junction.rules.RuleRunner;
import io.junction.web.order.RefusalText;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How the rules read to a person: refusals from the {@code rules} bundle ({@code rules.refusal.<code>}) in the
 * reader's language, each still tied to its field; and, for the order page, the rules that matched an order.
 */
@Component("ruleTexts")
public class RuleTexts {

    private final RefusalText refusals;
    private final RuleRunner runner;

    public RuleTexts(RefusalText refusals, RuleRunner runner) {
        this.refusals = refusals;
        this.runner = runner;
    }

    /** Each reason in the reader's language, the field named first. */
    public List<RefusedChangeException.Problem> said(List<RefusedChangeException.Problem> problems) {
        return problems.stream()
                .map(p -> new RefusedChangeException.Problem(
                        p.field(),
                        p.field() + ": " + refusals.of("rules.refusal.", p.refusal(), p.reason()),
                        p.refusal()))
                .toList();
    }

    /** The rules that matched the order the last time the rules ran on it, in the order they ran. */
    public List<RuleMapper.RuleMatch> matched(long orderId) {
        return runner.matchesOf(List.of(orderId)).getOrDefault(orderId, List.of());
    }
}
