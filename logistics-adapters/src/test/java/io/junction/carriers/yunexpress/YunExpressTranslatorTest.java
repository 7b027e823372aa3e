package io.junction.carriers.yunexpress;

import static io.junction.carriers.yunexpress.YunExpressFixtures.fixture;
import static io.junction.carriers.yunexpress.YunExpressFixtures.mugForAnnaInBerlin;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.kit.CarrierReply;
import io.junction.logistics.Parcel;
import io.junction.outcome.RemoteOutcome;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class YunExpressTranslatorTest {

    private final YunExpressTranslator translator = new YunExpressTranslator();
    private final JsonMapper json = JsonMapper.builder().build();

    private static CarrierReply ok(String body) {
        return new CarrierReply(200, body);
    }

    @Nested
    class CreateOrder {

        @Test
        void buildsAJsonArrayWithOneOrderInKilograms() {
            // given
            var request = mugForAnnaInBerlin("JX-1001");

            // when
            String body = translator.createOrderBody(request);

            // then
            assertThat(json.readTree(body)).isEqualTo(json.readTree(fixture("create_order_request.json")));
        }

        @Test
        void parsesACreatedOrderIntoAParcelWithItsTrackingNumber() {
            // when
            RemoteOutcome<Parcel> outcome =
                    translator.createOrderOutcome("JX-1001", ok(fixture("create_order_success.json")));

            // then
            assertThat(outcome)
                    .isEqualTo(
                            RemoteOutcome.succeeded(new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001")));
        }

        @Test
        void parsesAPendingTrackingNumberAsAParcelWithoutOne() {
            // when
            RemoteOutcome<Parcel> outcome =
                    translator.createOrderOutcome("JX-1001", ok(fixture("create_order_pending.json")));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.succeeded(new Parcel("JX-1001", null, "YE2500000000000001")));
        }

        @Test
        void picksOurOrderOutOfAPartialFailureAndKeepsTheRemark() {
            // given
            CarrierReply partial = ok(fixture("create_order_partial_failure.json"));

            // when
            RemoteOutcome<Parcel> ours = translator.createOrderOutcome("JX-1001", partial);
            RemoteOutcome<Parcel> other = translator.createOrderOutcome("JX-1000", partial);

            // then
            assertThat(ours)
                    .isEqualTo(RemoteOutcome.rejected(
                            YunExpressTranslator.ORDER_REJECTED, "Receiver Zip '1011' is not valid for country DE"));
            assertThat(other)
                    .isEqualTo(
                            RemoteOutcome.succeeded(new Parcel("JX-1000", "YT2500000000000007", "YE2500000000000007")));
        }

        @Test
        void namesADuplicateCustomerOrderNumberAsSuch() {
            // when
            RemoteOutcome<Parcel> outcome =
                    translator.createOrderOutcome("JX-1001", ok(fixture("create_order_duplicate.json")));

            // then
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            RemoteOutcome.Rejected.class,
                            r -> assertThat(r.code()).isEqualTo(YunExpressTranslator.DUPLICATE_REFERENCE));
        }

        @Test
        void parsesACarrierErrorCodeIntoARejectionWithItsMessage() {
            // when
            RemoteOutcome<Parcel> outcome = translator.createOrderOutcome("JX-1001", ok(fixture("error_code.json")));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.rejected("1001", "运输方式不存在 ShippingMethodCode does not exist"));
        }

        @Test
        void parsesARefusedSignatureIntoARejection() {
            // when
            RemoteOutcome<Parcel> outcome =
                    translator.createOrderOutcome("JX-1001", ok(fixture("error_signature.json")));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
        }

        @Test
        void treatsAnUnreadableAnswerAfterSendingAsUnknown() {
            // when
            RemoteOutcome<Parcel> outcome = translator.createOrderOutcome("JX-1001", ok("<html>gateway hiccup</html>"));

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
        }

        @Test
        void treatsAnAnswerThatForgetsOurOrderAsUnknown() {
            // when
            RemoteOutcome<Parcel> outcome =
                    translator.createOrderOutcome("JX-9999", ok(fixture("create_order_success.json")));

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
        }

        @Test
        void treatsAnUnreadableClientErrorAsARejection() {
            // when
            RemoteOutcome<Parcel> outcome =
                    translator.createOrderOutcome("JX-1001", new CarrierReply(400, "Bad Request"));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.rejected("HTTP_400", "Bad Request"));
        }
    }

    @Nested
    class Lookup {

        @Test
        void parsesAFoundOrderIntoAParcel() {
            // when
            var outcome = translator.lookupOutcome("JX-1001", ok(fixture("tracking_number_found.json")));

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.succeeded(
                            Optional.of(new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001"))));
        }

        @Test
        void parsesNoItemsAsNoParcel() {
            // when
            var outcome = translator.lookupOutcome("JX-1001", ok(fixture("tracking_number_none.json")));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.succeeded(Optional.empty()));
        }

        @Test
        void parsesANumberStillGeneratingAsAParcelWithoutTrackingNumber() {
            // when
            var outcome = translator.lookupOutcome("JX-1001", ok(fixture("tracking_number_generating.json")));

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.succeeded(Optional.of(new Parcel("JX-1001", null, "YE2500000000000001"))));
        }

        @Test
        void parsesAFailedNumberIntoARejectionWithTheRemark() {
            // when
            var outcome = translator.lookupOutcome("JX-1001", ok(fixture("tracking_number_failed.json")));

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.rejected(
                            YunExpressTranslator.TRACKING_NUMBER_FAILED,
                            "Address not deliverable by the last-mile carrier"));
        }

        @Test
        void ignoresItemsForOtherReferences() {
            // when
            var outcome = translator.lookupOutcome("JX-2002", ok(fixture("tracking_number_found.json")));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.succeeded(Optional.empty()));
        }

        @Test
        void parsesACarrierErrorIntoARejection() {
            // when
            var outcome = translator.lookupOutcome("JX-1001", ok(fixture("error_signature.json")));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
        }
    }

    @Nested
    class Label {

        private final Parcel parcel = new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001");

        @Test
        void asksForTheLabelByWaybillNumber() {
            // when
            String body = translator.labelPrintBody(parcel);

            // then
            assertThat(json.readTree(body)).isEqualTo(json.readTree(fixture("label_print_request.json")));
        }

        @Test
        void asksByOurReferenceWhenTheWaybillIsNotKnown() {
            // when
            String body = translator.labelPrintBody(new Parcel("JX-1001", null, null));

            // then
            assertThat(body).isEqualTo("[\"JX-1001\"]");
        }

        @Test
        void parsesTheLabelUrl() {
            // given
            String answer =
                    fixture("label_print_success.json").replace("{{labelUrl}}", "https://label.example/YE1.pdf");

            // when
            RemoteOutcome<String> outcome = translator.labelUrlOutcome(parcel, ok(answer));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.succeeded("https://label.example/YE1.pdf"));
        }

        @Test
        void parsesAMissingTemplateIntoARejectionWithTheError() {
            // when
            RemoteOutcome<String> outcome =
                    translator.labelUrlOutcome(parcel, ok(fixture("label_print_no_template.json")));

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.rejected("200", "没有找到标签模板 No label template for this shipping method"));
        }
    }
}
