package io.junction.web.returns;

import io.junction.order.RefusedChangeException;
import io.junction.returns.ReturnRefusedException;
import io.junction.web.api.ApiProblems;
import io.junction.web.order.RefusalText;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** A refused return, receipt or closing in the reader's language: every reason with its field and code. */
@Component
public class ReturnProblems {

    private final ApiProblems problems;
    private final RefusalText refusals;

    public ReturnProblems(ApiProblems problems, RefusalText refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    /** Each reason of {@code e} said in the reader's language, still tied to its field and code. */
    public List<RefusedChangeException.Problem> said(ReturnRefusedException e) {
        return e.problems().stream()
                .map(p -> new RefusedChangeException.Problem(
                        p.field(), refusals.of("returns.refusal.", p.refusal(), p.reason()), p.refusal()))
                .toList();
    }

    public ProblemDetail of(ReturnRefusedException e) {
        return problems.refusedChange(e, said(e), "problems.returns.refused");
    }
}
