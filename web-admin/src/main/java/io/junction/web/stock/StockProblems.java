package io.junction.web.stock;

import io.junction.stock.StockRefusedException;
import io.junction.web.api.ApiProblems;
import io.junction.web.order.RefusalText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * A refused receipt or adjustment as problem details, in the reader's language: every reason with the line
 * (counted from 1, 0 for the request as a whole) and the field at fault, and its stable code.
 */
@Component
public class StockProblems {

    private final ApiProblems problems;
    private final RefusalText refusals;

    public StockProblems(ApiProblems problems, RefusalText refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    /** Each reason of {@code e} said in the reader's language. */
    public List<String> reasons(StockRefusedException e) {
        return e.problems().stream()
                .map(p -> refusals.of("stock.refusal.", p.refusal(), p.reason()))
                .toList();
    }

    public ProblemDetail of(StockRefusedException e) {
        List<String> said = reasons(e);
        HttpStatus status = e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join("; ", said));
        problem.setTitle(problems.text(e.conflict() ? "problems.stock.conflict" : "problems.stock.refused"));
        StockRefusedException.Problem first = e.problems().get(0);
        problem.setProperty("field", first.field());
        if (first.refusal() != null) {
            problem.setProperty("code", first.refusal().code());
        }
        problem.setProperty(
                "problems",
                java.util.stream.IntStream.range(0, said.size())
                        .mapToObj(i -> {
                            StockRefusedException.Problem p = e.problems().get(i);
                            Map<String, Object> one = new LinkedHashMap<>();
                            one.put("line", p.line());
                            one.putAll(ApiProblems.reason(p.field(), said.get(i), p.refusal()));
                            return one;
                        })
                        .toList());
        return problem;
    }
}
