package io.junction.connectors.aliexpress;

import static io.junction.connectors.kit.CallFailureAssertions.assertUnavailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelException;
import io.junction.channel.ReturnRequest;
import io.junction.connectors.aliexpress.dto.AliExpressResponse;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Disputes as {@code aliexpress.issue.issuelist.get} and {@code aliexpress.issue.detail.get} answer them, in
 * every shape their published SDKs name: snake_case or camelCase, the page in the envelope or in its
 * {@code result}, lists bare or wrapped.
 */
class AliExpressReturnRequestTranslatorTest {

    /** 2026-07-01 10:00:00 in Los Angeles (PDT). */
    private static final Instant TEN_PACIFIC = Instant.parse("2026-07-01T17:00:00Z");

    private final AliExpressTranslator translator = new AliExpressTranslator(AliExpressProperties.defaults());

    private static AliExpressResponse ok(String body) {
        return new AliExpressResponse(200, body);
    }

    private static final String SNAKE_LIST = """
            {"aliexpress_issue_issuelist_get_response": {
              "current_page": 1, "page_size": 50, "total_item": 2,
              "data_list": {"issue_api_issue_dto": [
                {"issue_id": 8100000000000001, "order_id": 8100000000000101, "parent_order_id": 8012345678901234,
                 "buyer_login_id": "us1234", "issue_status": "processing", "reason_english": "Size too small",
                 "reason_chinese": "尺码太小", "gmt_create": "2026-07-01 09:00:00", "gmt_modified": "2026-07-01 10:00:00"},
                {"issue_id": "8100000000000002", "order_id": "8012345678905678", "issue_status": "canceled_issue",
                 "reason_chinese": "不想要了"}
              ]},
              "request_id": "0ba2887315178178017221014"}}
            """;

    private static final String CAMEL_LIST_IN_RESULT = """
            {"aliexpress_issue_issuelist_get_response": {"result": {
              "currentPage": 2, "pageSize": 20, "totalItem": 21,
              "dataList": [
                {"issueId": 8100000000000003, "orderId": 8100000000000301, "parentOrderId": 8012345678909999,
                 "buyerLoginId": "de5678", "issueStatus": "finish", "reasonEnglish": "Item damaged",
                 "gmtModified": 1782925200000}
              ]}, "request_id": "0ba2887315178178017221015"}}
            """;

    private static final String RETURN_DETAIL = """
            {"aliexpress_issue_detail_get_response": {"result_object": {
              "id": 8100000000000001, "order_id": 8100000000000101, "parent_order_id": 8012345678901234,
              "issue_status": "processing", "issue_reason": "Size doesn't match",
              "buyer_solution_list": {"solution_api_dto": [
                {"id": 1, "solution_type": "return_and_refund", "status": "wait_seller_accept", "solution_owner": "buyer"}
              ]},
              "seller_solution_list": {"solution_api_dto": []}}, "request_id": "0ba2887315178178017221016"}}
            """;

    private static final String REFUND_ONLY_DETAIL = """
            {"aliexpress_issue_detail_get_response": {"result_object": {
              "id": 8100000000000001, "issue_status": "processing",
              "buyer_solution_list": [{"solution_type": "refund", "status": "wait_seller_accept"}],
              "platform_solution_list": [{"solution_type": "return_and_refund", "status": "reach_cancle"}]}}}
            """;

    private static final String CAMEL_DETAIL_IN_RESULT = """
            {"aliexpress_issue_detail_get_response": {"result": {"success": true, "data": {
              "id": 8100000000000003, "issueStatus": "processing", "issueReason": "Damaged",
              "buyerSolutionList": [{"solutionType": "refund", "status": "buyer_refused"}],
              "sellerSolutionList": [{"solutionType": "return_and_refund", "status": "reached"}]}}}}
            """;

    @Test
    void theIssueListQueryAsksOnePageOfEveryDisputeAtMostFiftyAPage() throws Exception {
        // when
        var query = JsonMapper.builder().build().readTree(translator.issueQuery(3));

        // then
        assertThat(query.path("current_page").asInt()).isEqualTo(3);
        assertThat(query.path("page_size").asInt()).isEqualTo(AliExpressTranslator.MAX_ISSUE_PAGE_SIZE);
        assertThat(query.has("issue_status")).isFalse();
    }

    @Test
    void aSnakeCaseIssueListNamesTheParentOrderAndItsChildOrderAsTheLine() {
        // when
        AliExpressTranslator.IssueList list = translator.issueList(ok(SNAKE_LIST));

        // then
        assertThat(list.totalItem()).isEqualTo(2);
        assertThat(list.issues()).hasSize(2);
        AliExpressTranslator.Issue first = list.issues().get(0);
        assertThat(first.issueId()).isEqualTo("8100000000000001");
        assertThat(first.orderId()).isEqualTo("8012345678901234");
        assertThat(first.childOrderId()).isEqualTo("8100000000000101");
        assertThat(first.buyerLoginId()).isEqualTo("us1234");
        assertThat(first.status()).isEqualTo("processing");
        assertThat(first.reason()).isEqualTo("Size too small");
        assertThat(first.modifiedAt()).isEqualTo(TEN_PACIFIC);
    }

    @Test
    void anIssueWithoutAParentOrderIsAboutTheWholeOrderWithTheChineseReasonWhenNoEnglishOne() {
        // when
        AliExpressTranslator.Issue second =
                translator.issueList(ok(SNAKE_LIST)).issues().get(1);

        // then
        assertThat(second.orderId()).isEqualTo("8012345678905678");
        assertThat(second.childOrderId()).isNull();
        assertThat(second.reason()).isEqualTo("不想要了");
        assertThat(second.modifiedAt()).isNull();
    }

    @Test
    void aCamelCaseIssueListInsideTheResultWrapperIsReadAlikeWithEpochMillisTimes() {
        // when
        AliExpressTranslator.IssueList list = translator.issueList(ok(CAMEL_LIST_IN_RESULT));

        // then
        assertThat(list.totalItem()).isEqualTo(21);
        assertThat(list.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.issueId()).isEqualTo("8100000000000003");
            assertThat(issue.orderId()).isEqualTo("8012345678909999");
            assertThat(issue.childOrderId()).isEqualTo("8100000000000301");
            assertThat(issue.buyerLoginId()).isEqualTo("de5678");
            assertThat(issue.reason()).isEqualTo("Item damaged");
            assertThat(issue.modifiedAt()).isEqualTo(Instant.ofEpochMilli(1782925200000L));
        });
    }

    @Test
    void anEmptyIssueListIsAnEmptyPage() {
        // when
        AliExpressTranslator.IssueList list = translator.issueList(
                ok("{\"aliexpress_issue_issuelist_get_response\":{\"current_page\":1,\"total_item\":0}}"));

        // then
        assertThat(list.issues()).isEmpty();
        assertThat(list.totalItem()).isZero();
    }

    @Test
    void anIssueWithoutIdsOrWithoutATimeIsSkippedAndNamedWhileTheRestOfThePageIsRead() {
        // when
        AliExpressTranslator.IssueList list =
                translator.issueList(ok("{\"aliexpress_issue_issuelist_get_response\":{\"total_item\":3,\"data_list\":["
                        + "{\"issue_status\":\"processing\"},"
                        + "{\"issue_id\":7,\"order_id\":8,\"gmt_modified\":\"yesterday\"},"
                        + "{\"issue_id\":9,\"order_id\":10,\"gmt_modified\":\"2026-12-01 10:00:00\"}]}}"));

        // then
        assertThat(list.issues())
                .extracting(AliExpressTranslator.Issue::issueId)
                .containsExactly("9");
        assertThat(list.unreadable()).hasSize(2);
        assertThat(list.unreadable().get(0)).contains("without ids");
        assertThat(list.totalItem()).isEqualTo(3);
        assertThat(list.isEmpty()).isFalse();
    }

    @Test
    void aRefusedIssueListIsAReadFailureWithItsKind() {
        // when / then
        assertThatThrownBy(
                        () -> translator.issueList(
                                ok(
                                        "{\"error_response\":{\"type\":\"ISV\",\"code\":\"IllegalAccessToken\",\"msg\":\"The specified access token is invalid or expired\",\"request_id\":\"0ba2\"}}")))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage())
                            .startsWith("aliexpress.issue.issuelist.get answered 200")
                            .contains("IllegalAccessToken");
                });
    }

    @Test
    void aDisputeWhoseBuyerAsksToSendGoodsBackIsAReturnRequestOfTheChildOrder() {
        // given
        AliExpressTranslator.Issue issue =
                translator.issueList(ok(SNAKE_LIST)).issues().get(0);

        // when
        Optional<ReturnRequest> request = translator.returnRequest(issue, ok(RETURN_DETAIL));

        // then
        assertThat(request)
                .contains(new ReturnRequest(
                        "8100000000000001", "8012345678901234", "8100000000000101", 0, "Size too small", TEN_PACIFIC));
    }

    @Test
    void aRefundWithoutAReturnOrWithAReturnSolutionThatFellIsNoReturnRequest() {
        // given
        AliExpressTranslator.Issue issue =
                translator.issueList(ok(SNAKE_LIST)).issues().get(0);

        // when / then
        assertThat(translator.returnRequest(issue, ok(REFUND_ONLY_DETAIL))).isEmpty();
    }

    @Test
    void aReturnTheSellerOfferedAndTheBuyerReachedCountsInCamelCaseInsideTheResultWrapper() {
        // given a listed dispute without a reason
        AliExpressTranslator.Issue issue = new AliExpressTranslator.Issue(
                "8100000000000003", "8012345678909999", null, null, "processing", null, TEN_PACIFIC);

        // when
        Optional<ReturnRequest> request = translator.returnRequest(issue, ok(CAMEL_DETAIL_IN_RESULT));

        // then the detail's reason stands in
        assertThat(request).hasValueSatisfying(r -> {
            assertThat(r.platformLineId()).isNull();
            assertThat(r.reason()).isEqualTo("Damaged");
        });
    }

    @Test
    void aDisputeTheBuyerSentGoodsBackForIsAReturnRequestWhateverItsSolutions() {
        // given
        AliExpressTranslator.Issue issue =
                translator.issueList(ok(SNAKE_LIST)).issues().get(0);

        // when / then
        assertThat(translator.returnRequest(
                        issue,
                        ok("{\"aliexpress_issue_detail_get_response\":{\"result_object\":{\"id\":1,"
                                + "\"buyer_return_no\":\"RR123\",\"buyer_solution_list\":[]}}}")))
                .isPresent();
    }

    @Test
    void aWithdrawnDisputeIsNoReturnRequest() {
        // given
        AliExpressTranslator.Issue withdrawn =
                translator.issueList(ok(SNAKE_LIST)).issues().get(1);

        // when / then
        assertThat(translator.returnRequest(withdrawn, ok(RETURN_DETAIL))).isEmpty();
    }

    @Test
    void aDetailWithoutADisputeIsUnreadable() {
        // given
        AliExpressTranslator.Issue issue =
                translator.issueList(ok(SNAKE_LIST)).issues().get(0);

        // when / then
        assertUnavailable(() -> translator.returnRequest(
                issue, ok("{\"aliexpress_issue_detail_get_response\":{\"request_id\":\"1\"}}")));
    }
}
