package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.web.ApiClient;
import io.junction.web.browser.DemoOrders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What a person types and reads around the order actions: a reason in any script arrives as typed
 * (htmx URI-encodes prompt answers above U+00FF), a hold needs a reason, "mark printed" needs a printed
 * label, and refusals are sentences in the reader's language with the statuses' names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderActionTextTest {

    /** Chinese, an emoji and curly quotes: everything above U+00FF that htmx encodes. */
    static final String CHINESE_REASON = "缺货，等供应商补货 📦 “周五到”";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderMapper orders;

    @Test
    void aHoldReasonTypedInChineseAtTheListsPromptIsStoredAsTyped() throws Exception {
        // given
        long id = placeAndSync();

        // when
        mvc.perform(fromThePage(post("/orders/actions/hold")
                        .param("orderIds", String.valueOf(id))
                        .param("status", "PENDING_AUDIT")
                        .header("HX-Prompt", UriUtils.encode(CHINESE_REASON, StandardCharsets.UTF_8))
                        .header("HX-Prompt-URI-AutoEncoded", "true")))
                .andExpect(status().isOk());

        // then
        Order held = orders.findById(id);
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.statusReason()).isEqualTo(CHINESE_REASON);
    }

    @Test
    void aReasonTypedAtTheOrderPagesPromptIsShownAsTyped() throws Exception {
        // given
        long id = placeAndSync();

        // when
        String page = body(mvc.perform(fromThePage(post("/orders/" + id + "/actions/hold")
                        .header("HX-Prompt", UriUtils.encode(CHINESE_REASON, StandardCharsets.UTF_8))
                        .header("HX-Prompt-URI-AutoEncoded", "true")))
                .andExpect(status().isOk()));

        // then
        assertThat(page).contains(CHINESE_REASON).doesNotContain("%E7");
        assertThat(orders.findById(id).statusReason()).isEqualTo(CHINESE_REASON);
    }

    @Test
    void aPromptAnswerHtmxDidNotEncodeIsTakenLiterally() throws Exception {
        // given
        long id = placeAndSync();

        // when
        mvc.perform(fromThePage(post("/orders/" + id + "/actions/hold").header("HX-Prompt", "100%25 sure + waiting")))
                .andExpect(status().isOk());

        // then
        assertThat(orders.findById(id).statusReason()).isEqualTo("100%25 sure + waiting");
    }

    @Test
    void aHoldWithABlankReasonIsRefusedOnThePageAndNothingChanges() throws Exception {
        // given
        long id = placeAndSync();
        int version = orders.findById(id).version();

        // when
        String page = body(mvc.perform(fromThePage(post("/orders/actions/hold")
                        .param("orderIds", String.valueOf(id))
                        .header("HX-Prompt", "   ")
                        .header("Accept-Language", "en")))
                .andExpect(status().isOk()));

        // then
        assertThat(page).contains("the hold reason is shown on each order. Nothing was changed.");
        assertThat(orders.findById(id).version()).isEqualTo(version);
    }

    @Test
    void aHoldWithABlankReasonIsABadRequestOnTheApiAndNothingChanges() throws Exception {
        // given
        long id = placeAndSync();
        int version = orders.findById(id).version();

        // when / then
        mvc.perform(apiAction("hold", "{\"orderIds\":[" + id + "],\"reason\":\" \"}")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("请填写挂起原因：它会显示在每个订单上。未做任何更改。"));
        assertThat(orders.findById(id).version()).isEqualTo(version);
    }

    @Test
    void theApiSaysWhyAnOrderWasRefusedInTheLanguageAskedForWithTheStatusesNames() throws Exception {
        // given
        long id = placeAndSync();
        String body = "{\"orderIds\":[" + id + "]}";

        // when / then
        mvc.perform(apiAction("release", body).header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failed[0].orderId").value(id))
                .andExpect(jsonPath("$.failed[0].code").value("wrong-status"))
                .andExpect(jsonPath("$.failed[0].reason").value("订单状态为“待审核”，不是“已挂起”"));
        mvc.perform(apiAction("release", body).header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(jsonPath("$.failed[0].reason").value("The order is “To review”, not “On hold”"));
    }

    @Test
    void markPrintedBeforeTheLabelWasPrintedIsRefusedAndThePageOffersToPrintIt() throws Exception {
        // given an order with a tracking number whose label nobody printed
        long id = readyToPrint();

        // when
        String page = body(mvc.perform(fromThePage(post("/orders/actions/mark-printed")
                        .param("orderIds", String.valueOf(id))
                        .param("status", "PENDING_PRINT")
                        .header("Accept-Language", "en")))
                .andExpect(status().isOk()));

        // then
        assertThat(page)
                .contains("was never printed: print it first")
                .contains("id=\"print-unprinted\"")
                .contains("data-order-ids=\"" + id + "\"");
        assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        mvc.perform(apiAction("mark-printed", "{\"orderIds\":[" + id + "]}").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.failed[0].code").value("label-not-printed"))
                .andExpect(jsonPath("$.succeeded").isEmpty());

        // when the label is printed
        mvc.perform(post("/orders/labels.pdf")
                        .param("orderIds", String.valueOf(id))
                        .with(user("clerk").roles("CLERK"))
                        .with(csrf()))
                .andExpect(status().isOk());

        // then it may be marked printed
        mvc.perform(apiAction("mark-printed", "{\"orderIds\":[" + id + "]}"))
                .andExpect(jsonPath("$.failed").isEmpty());
        assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
    }

    @Test
    void labelsAskedForWithAnEmptyIdInTheListAnswerTheStyled400PageAndPrintNothing() throws Exception {
        // given: two orders with tracking numbers, whose labels may be printed
        long first = readyToPrint();
        long second = readyToPrint();
        String ids = first + ",," + second;

        // when the preview and the print are asked for with an empty id between them
        String preview = body(mvc.perform(get("/orders/labels.pdf")
                        .param("orderIds", ids)
                        .with(user("clerk").roles("CLERK")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)));
        String print = body(mvc.perform(post("/orders/labels.pdf")
                        .param("orderIds", ids)
                        .with(user("clerk").roles("CLERK"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)));

        // then both answer the styled error page
        assertThat(preview).contains("id=\"error\"", "class=\"topbar\"", "400");
        assertThat(print).contains("id=\"error\"", "class=\"topbar\"", "400");
        // and no label counts as printed: neither order may be marked printed
        mvc.perform(apiAction("mark-printed", "{\"orderIds\":[" + first + "," + second + "]}"))
                .andExpect(jsonPath("$.failed[0].code").value("label-not-printed"))
                .andExpect(jsonPath("$.failed[1].code").value("label-not-printed"))
                .andExpect(jsonPath("$.succeeded").isEmpty());
        assertThat(orders.findById(first).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        assertThat(orders.findById(second).status()).isEqualTo(OrderStatus.PENDING_PRINT);
    }

    /** One new order, synced in, audited, allocated and given a tracking number: its label may be printed. */
    long readyToPrint() throws Exception {
        long id = placeAndSync();
        for (String action : List.of("audit", "allocate", "request-tracking")) {
            mvc.perform(apiAction(action, "{\"orderIds\":[" + id + "]}"))
                    .andExpect(jsonPath("$.failed").isEmpty());
        }
        assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        return id;
    }

    /** One new order on this context's demo Amazon shop, synced in. */
    long placeAndSync() {
        return DemoOrders.of(context).placeAndSync(1).get(0);
    }

    /** An htmx request from a page, by a signed-in clerk. */
    static MockHttpServletRequestBuilder fromThePage(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true")
                .with(user("clerk").roles("CLERK"))
                .with(csrf());
    }

    /** An order action over the API, by a clerk with a password, on the orders the JSON body names. */
    static MockHttpServletRequestBuilder apiAction(String action, String json) {
        return post("/api/v1/orders/actions/" + action)
                .with(httpBasic("clerk", ApiClient.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    /** What an answer carries, read as UTF-8. */
    static String body(ResultActions answer) throws Exception {
        return answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
