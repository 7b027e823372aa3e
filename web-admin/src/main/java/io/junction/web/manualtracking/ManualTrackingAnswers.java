package io.junction.web.manualtracking;

import io.junction.manualtracking.ManualTrackingRefusedException;
import io.junction.sku.CatalogueRefusedException.RowProblem;
import io.junction.web.order.RefusalText;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says what is wrong with tracking numbers entered by hand, row by row, in the reader's language. */
@Component
class ManualTrackingAnswers {

    private final RefusalText refusals;
    private final MessageSource messages;

    ManualTrackingAnswers(RefusalText refusals, MessageSource messages) {
        this.refusals = refusals;
        this.messages = messages;
    }

    /** One problem as a person reads it, with its row and its code. */
    record Said(int row, String code, String detail) {}

    List<Said> of(ManualTrackingRefusedException e) {
        return e.problems().stream()
                .map(p -> new Said(
                        p.row(),
                        p.refusal().code(),
                        rowed(p.row(), refusals.of("manualtracking.refusal.", p.refusal(), p.message()))))
                .toList();
    }

    /** What the sheet reader found wrong with the sheet itself (its columns, its cells). */
    List<Said> ofSheet(List<RowProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        return problems.stream()
                .map(p -> new Said(
                        p.row(),
                        p.problem().code(),
                        rowed(
                                p.row(),
                                messages.getMessage(
                                        "catalogue.problem." + p.problem().code(),
                                        p.problem().args(),
                                        p.problem().code(),
                                        locale))))
                .toList();
    }

    private String rowed(int row, String text) {
        return row > 0
                ? messages.getMessage("manualtracking.row", new Object[] {row, text}, LocaleContextHolder.getLocale())
                : text;
    }
}
