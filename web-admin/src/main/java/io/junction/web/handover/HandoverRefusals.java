package io.junction.web.handover;

import io.junction.handover.HandoverRefusedException;
import io.junction.web.order.RefusalText;
import org.springframework.stereotype.Component;

/** Says why a hand-over step was refused, in the reader's language ({@code handover.refusal.<code>}). */
@Component
class HandoverRefusals {

    private final RefusalText refusals;

    HandoverRefusals(RefusalText refusals) {
        this.refusals = refusals;
    }

    String of(HandoverRefusedException e) {
        return refusals.of("handover.refusal.", e.refusal(), e.getMessage());
    }
}
