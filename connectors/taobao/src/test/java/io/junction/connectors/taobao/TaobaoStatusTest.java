package io.junction.connectors.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.PlatformState;
import io.junction.connectors.kit.PlatformStatusContractTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaobaoStatusTest extends PlatformStatusContractTest<TaobaoStatus> {

    TaobaoStatusTest() {
        super(TaobaoStatus.class, TaobaoStatus::of, TaobaoStatus::state);
    }

    @ParameterizedTest(name = "a paid trade with line refunds {0} means {1}")
    @CsvSource({
        "NO_REFUND, READY_TO_SHIP",
        "NO_REFUND WAIT_SELLER_AGREE, REFUND_REQUESTED",
        "WAIT_BUYER_RETURN_GOODS, REFUND_REQUESTED",
        "NO_REFUND WAIT_SELLER_CONFIRM_GOODS, REFUND_REQUESTED",
        "SELLER_REFUSE_BUYER NO_REFUND, READY_TO_SHIP",
        "CLOSED, READY_TO_SHIP",
        "SUCCESS NO_REFUND, READY_TO_SHIP",
        "SUCCESS SUCCESS, CANCELLED"
    })
    void openRefundsBlockShippingAndAFullRefundCancels(String refunds, PlatformState expected) {
        // given
        List<TaobaoRefundStatus> lines = Arrays.stream(refunds.split(" "))
                .map(r -> TaobaoRefundStatus.of(r).orElseThrow())
                .toList();

        // when
        PlatformState state = TaobaoRefundStatus.merge(TaobaoStatus.WAIT_SELLER_SEND_GOODS, lines);

        // then
        assertThat(state).isEqualTo(expected);
    }

    @Test
    void aClosedTradeIsCancelledAndAShippedOneStaysShippedWhateverItsRefunds() {
        // when / then
        assertThat(TaobaoRefundStatus.merge(TaobaoStatus.TRADE_CLOSED, List.of(TaobaoRefundStatus.WAIT_SELLER_AGREE)))
                .isEqualTo(PlatformState.CANCELLED);
        assertThat(TaobaoRefundStatus.merge(
                        TaobaoStatus.WAIT_BUYER_CONFIRM_GOODS, List.of(TaobaoRefundStatus.WAIT_BUYER_RETURN_GOODS)))
                .isEqualTo(PlatformState.SHIPPED);
        assertThat(TaobaoRefundStatus.merge(
                        TaobaoStatus.SELLER_CONSIGNED_PART, List.of(TaobaoRefundStatus.WAIT_SELLER_AGREE)))
                .isEqualTo(PlatformState.REFUND_REQUESTED);
    }

    @Test
    void aMissingRefundStatusMeansNoRefundAndAnUnknownOneIsNotGuessed() {
        // when / then
        assertThat(TaobaoRefundStatus.of(null)).contains(TaobaoRefundStatus.NO_REFUND);
        assertThat(TaobaoRefundStatus.of("MAYBE")).isEmpty();
    }
}
