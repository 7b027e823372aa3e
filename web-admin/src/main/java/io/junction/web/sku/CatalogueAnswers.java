package io.junction.web.sku;

import io.junction.sku.CatalogueProblem;
import io.junction.sku.CatalogueRefusedException;
import io.junction.web.api.ApiProblems;
import io.junction.web.api.PageParameters;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * How the catalogue's refusals read, on the API and the pages alike: each reason from the
 * {@code catalogue} bundle in the reader's language, tied to its field, or for an import to its row
 * and column.
 */
@Component
public class CatalogueAnswers {

    static final int MAX_PAGE_SIZE = 200;

    private final MessageSource messages;
    private final ApiProblems problems;

    public CatalogueAnswers(MessageSource messages, ApiProblems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    /**
     * One reason as a page or an API caller reads it; {@code label} names the field in the reader's language.
     * Serializable: the pages flash it across a redirect, and production keeps sessions in the database.
     */
    public record Reason(String field, String label, String reason, String code) implements Serializable {}

    /** One bad cell of an import: the sheet's row number (the header is row 1), its column, why. */
    public record RowError(int row, String column, String reason, String code) {}

    public String reason(CatalogueProblem p) {
        return messages.getMessage(
                "catalogue.problem." + p.code(), p.args(), p.code(), LocaleContextHolder.getLocale());
    }

    /** A form field that is not a number (reason code {@code integer} or {@code number}). */
    Reason notANumber(String field, String code) {
        return new Reason(field, label(field), reason(new CatalogueProblem(field, code)), code);
    }

    public List<Reason> reasons(CatalogueRefusedException e) {
        return e.problems().stream()
                .map(p -> new Reason(
                        p.problem().field(),
                        label(p.problem().field()),
                        reason(p.problem()),
                        p.problem().code()))
                .toList();
    }

    /** A field's name as a person reads it: {@code components[1].quantity} is "component 2: quantity". */
    String label(String field) {
        java.util.regex.Matcher component =
                java.util.regex.Pattern.compile("components\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (component.matches()) {
            return messages.getMessage(
                    "catalogue.field.component",
                    new Object[] {Integer.parseInt(component.group(1)) + 1, label(component.group(2))},
                    LocaleContextHolder.getLocale());
        }
        return messages.getMessage("catalogue.field." + field, null, field, LocaleContextHolder.getLocale());
    }

    public List<RowError> rowErrors(CatalogueRefusedException e) {
        return e.problems().stream()
                .map(p -> new RowError(
                        p.row(),
                        p.problem().field(),
                        reason(p.problem()),
                        p.problem().code()))
                .toList();
    }

    /** The answer to a refusal: the bad rows when an import was refused, else the reasons of one change. */
    ProblemDetail refused(CatalogueRefusedException e) {
        return e.problems().stream().anyMatch(p -> p.row() > 0) ? importProblem(e) : problem(e);
    }

    /** 409 when it clashes with what exists, else 400; every reason listed, the first one's field named. */
    ProblemDetail problem(CatalogueRefusedException e) {
        HttpStatus status = e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        List<Reason> reasons = reasons(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                String.join(
                        "; ",
                        reasons.stream().map(r -> r.field() + ": " + r.reason()).toList()));
        problem.setTitle(problems.text("catalogue.refused.title"));
        problem.setProperty("field", reasons.isEmpty() ? null : reasons.get(0).field());
        problem.setProperty("problems", reasons);
        return problem;
    }

    /** 400 listing every bad row of an import; nothing was imported. */
    ProblemDetail importProblem(CatalogueRefusedException e) {
        List<RowError> errors = rowErrors(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, problems.text("catalogue.import.refused", errors.size()));
        problem.setTitle(problems.text("catalogue.import.refusedTitle"));
        problem.setProperty("errors", errors);
        return problem;
    }

    static void checkPage(int page, int size) {
        PageParameters.check(page, size, MAX_PAGE_SIZE);
    }

    /** What an import did, as the API answers it. */
    static Map<String, Integer> imported(int created, int updated) {
        return Map.of("created", created, "updated", updated);
    }
}
