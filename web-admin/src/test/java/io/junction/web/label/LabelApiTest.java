package io.junction.web.label;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.SignedInApiTest;
import io.junction.web.browser.DemoOrders;
import io.junction.web.order.OrderAction;
import io.junction.web.order.OrderQueries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Printing labels is a POST that records the print; a GET of the same labels is a preview that changes nothing. */
class LabelApiTest extends SignedInApiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderQueries queries;

    long orderId;

    @BeforeEach
    void anOrderWithItsTrackingNumberWaitingToPrint() {
        DemoOrders demo = DemoOrders.of(context);
        orderId = demo.placeAndSync(1).get(0);
        for (OrderAction step : List.of(OrderAction.AUDIT, OrderAction.ALLOCATE, OrderAction.REQUEST_TRACKING)) {
            demo.apply(step, List.of(orderId));
        }
    }

    @Test
    void aGetOfTheLabelsIsAPreviewThatRecordsNoPrint() {
        // when
        ApiClient.Answer preview = clerk.get("/api/v1/labels?orderIds=" + orderId);

        // then
        assertThat(preview.status()).isEqualTo(200);
        assertThat(new String(preview.raw(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(printCount()).isZero();
        assertThat(history()).noneMatch(note -> note.contains("printed"));
    }

    @Test
    void aPostOfTheLabelsAnswersThePdfAndRecordsThePrintAndEachReprint() {
        // when
        ApiClient.Answer first = clerk.post("/api/v1/labels", "{\"orderIds\":[" + orderId + "]}");
        ApiClient.Answer second = clerk.post("/api/v1/labels", "{\"orderIds\":[" + orderId + "]}");

        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/pdf");
        assertThat(new String(second.raw(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(printCount()).isEqualTo(2);
        assertThat(history()).anyMatch(note -> note.endsWith("printed")).anyMatch(note -> note.contains("reprinted"));
    }

    @Test
    void aPostWithoutOrdersIsABadRequestThatPrintsNothing() {
        // when
        ApiClient.Answer answer = clerk.post("/api/v1/labels", "{\"orderIds\":[]}");

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(printCount()).isZero();
    }

    private int printCount() {
        return queries.detail(orderId).packages().get(0).printCount();
    }

    private List<String> history() {
        return queries.detail(orderId).history().stream()
                .map(h -> String.valueOf(h.reason()))
                .toList();
    }
}
