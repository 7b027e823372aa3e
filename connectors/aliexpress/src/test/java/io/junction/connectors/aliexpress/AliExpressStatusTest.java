package io.junction.connectors.aliexpress;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.PlatformState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliExpressStatusTest {

    @ParameterizedTest(name = "{0} with funds {1}, issue {2}, frozen {3}, logistics {4} means {5}")
    @CsvSource({
        "PLACE_ORDER_SUCCESS,       NOT_PAY,           NO_ISSUE, NO_FROZEN, NO_LOGISTICS,           UNPAID",
        "IN_CANCEL,                 PAY_SUCCESS,       NO_ISSUE, NO_FROZEN, WAIT_SELLER_SEND_GOODS, REFUND_REQUESTED",
        "WAIT_SELLER_SEND_GOODS,    PAY_SUCCESS,       NO_ISSUE, NO_FROZEN, WAIT_SELLER_SEND_GOODS, READY_TO_SHIP",
        "WAIT_SELLER_SEND_GOODS,    WAIT_SELLER_CHECK, NO_ISSUE, NO_FROZEN, WAIT_SELLER_SEND_GOODS, UNPAID",
        "WAIT_SELLER_SEND_GOODS,    NOT_PAY,           NO_ISSUE, NO_FROZEN, WAIT_SELLER_SEND_GOODS, UNPAID",
        "WAIT_SELLER_SEND_GOODS,    PAY_SUCCESS,       IN_ISSUE, NO_FROZEN, WAIT_SELLER_SEND_GOODS, REFUND_REQUESTED",
        "WAIT_SELLER_SEND_GOODS,    PAY_SUCCESS,       NO_ISSUE, IN_FROZEN, WAIT_SELLER_SEND_GOODS, REFUND_REQUESTED",
        "SELLER_PART_SEND_GOODS,    PAY_SUCCESS,       NO_ISSUE, NO_FROZEN, SELLER_SEND_PART_GOODS, READY_TO_SHIP",
        "WAIT_BUYER_ACCEPT_GOODS,   PAY_SUCCESS,       NO_ISSUE, NO_FROZEN, SELLER_SEND_GOODS,      SHIPPED",
        "FUND_PROCESSING,           PAY_SUCCESS,       NO_ISSUE, NO_FROZEN, BUYER_ACCEPT_GOODS,     SHIPPED",
        "IN_ISSUE,                  PAY_SUCCESS,       IN_ISSUE, NO_FROZEN, SELLER_SEND_GOODS,      REFUND_REQUESTED",
        "IN_FROZEN,                 PAY_SUCCESS,       IN_ISSUE, IN_FROZEN, SELLER_SEND_GOODS,      REFUND_REQUESTED",
        "WAIT_SELLER_EXAMINE_MONEY, NOT_PAY,           NO_ISSUE, NO_FROZEN, NO_LOGISTICS,           UNPAID",
        "RISK_CONTROL,              WAIT_SELLER_CHECK, NO_ISSUE, NO_FROZEN, NO_LOGISTICS,           UNPAID",
        "FINISH,                    PAY_SUCCESS,       END_ISSUE, NO_FROZEN, BUYER_ACCEPT_GOODS,    SHIPPED",
        "FINISH,                    PAY_SUCCESS,       END_ISSUE, NO_FROZEN, WAIT_SELLER_SEND_GOODS, CANCELLED",
        "FINISH,                    NOT_PAY,           NO_ISSUE, NO_FROZEN, NO_LOGISTICS,           CANCELLED"
    })
    void everyAliExpressOrderStatusMeansOnePlatformState(
            String status, String fund, String issue, String frozen, String logistics, PlatformState expected) {
        // when
        PlatformState state = AliExpressStatus.of(status).orElseThrow().state(fund, issue, frozen, logistics);

        // then
        assertThat(state).isEqualTo(expected);
    }

    @Test
    void everyStatusOfThePlatformIsKnown() {
        // when / then
        assertThat(AliExpressStatus.values())
                .extracting(Enum::name)
                .containsExactlyInAnyOrder(
                        "PLACE_ORDER_SUCCESS",
                        "IN_CANCEL",
                        "WAIT_SELLER_SEND_GOODS",
                        "SELLER_PART_SEND_GOODS",
                        "WAIT_BUYER_ACCEPT_GOODS",
                        "FUND_PROCESSING",
                        "IN_ISSUE",
                        "IN_FROZEN",
                        "WAIT_SELLER_EXAMINE_MONEY",
                        "RISK_CONTROL",
                        "FINISH");
    }

    @Test
    void anUnknownStatusIsNotGuessed() {
        // when / then
        assertThat(AliExpressStatus.of("ON_THE_MOON")).isEmpty();
        assertThat(AliExpressStatus.of(null)).isEmpty();
    }
}
