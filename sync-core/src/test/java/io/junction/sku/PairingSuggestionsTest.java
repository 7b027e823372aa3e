package io.junction.sku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelOrder;
import io.junction.order.Order;
import io.junction.order.OrderStatus;
import io.junction.sku.PairingService.Acceptance;
import io.junction.sku.PairingService.Suggestion;
import io.junction.sku.PairingService.SuggestionReason;
import io.junction.sku.PairingService.Unpaired;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PairingSuggestionsTest extends EmptyFakeShopTest {

    @Autowired
    PairingService pairings;

    @Test
    void unpairedPlatformSkusComeMostFrequentFirstWithWhatTheyMightBe() {
        // given the seller lists with a shop prefix and an "-FBA" suffix, and orders of four listings
        WarehouseSku mug = fixtures.sku(5);
        WarehouseSku plate = fixtures.sku(5);
        WarehouseSku cup = fixtures.sku(5);
        String prefix = Fixtures.unique("P") + "_";
        pairings.setAffixes(List.of(prefix), List.of("-FBA"));
        String lowerCase = mug.sku().toLowerCase();
        String affixed = prefix + plate.sku() + "-FBA";
        String barcode = Fixtures.barcodeOf(cup.sku());
        String nothing = Fixtures.unique("NOTHING");
        ingest(lowerCase, affixed, barcode, nothing);
        ingest(affixed, barcode);
        ingest(affixed);

        // when (all of them: a database that earlier runs filled holds more than a thousand SKUs seen once)
        List<Unpaired> unpaired = pairings.unpaired(100_000).stream()
                .filter(u -> List.of(lowerCase, affixed, barcode, nothing).contains(u.platformSku()))
                .toList();

        // then
        assertThat(unpaired)
                .extracting(Unpaired::platformSku)
                .startsWith(affixed, barcode)
                .containsExactlyInAnyOrder(affixed, barcode, lowerCase, nothing);
        assertThat(unpaired).extracting(Unpaired::seen).containsExactly(3L, 2L, 1L, 1L);
        assertThat(suggestionsOf(unpaired, affixed))
                .containsExactly(new Suggestion(plate.sku(), plate.name(), SuggestionReason.AFFIX));
        assertThat(suggestionsOf(unpaired, barcode))
                .containsExactly(new Suggestion(cup.sku(), cup.name(), SuggestionReason.BARCODE));
        assertThat(suggestionsOf(unpaired, lowerCase))
                .containsExactly(new Suggestion(mug.sku(), mug.name(), SuggestionReason.CODE));
        assertThat(suggestionsOf(unpaired, nothing)).isEmpty();
    }

    @Test
    void acceptingSuggestionsPairsThemAllAndAllocatesWhatWaitedOnThem() {
        // given two reviewed orders that a clerk could not allocate: they wait on two unpaired listings
        WarehouseSku mug = fixtures.sku(5);
        WarehouseSku plate = fixtures.sku(5);
        String first = mug.sku().toLowerCase();
        String second = Fixtures.barcodeOf(plate.sku());
        Order one = pipeline.audited(ingest(first).get(0));
        Order two = pipeline.audited(ingest(second).get(0));
        assertThat(allocation.allocate(List.of(one.id(), two.id()), "clerk").failed())
                .hasSize(2);

        // when
        int accepted = pairings.accept(
                List.of(new Acceptance(first, mug.sku()), new Acceptance(second, plate.sku())), "alice");

        // then
        assertThat(accepted).isEqualTo(2);
        assertThat(pairings.unpaired(1000)).extracting(Unpaired::platformSku).doesNotContain(first, second);
        assertThat(orders.findById(one.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(orders.findById(two.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
    }

    @Test
    void acceptingWithAnUnknownSkuPairsNone() {
        // given
        WarehouseSku mug = fixtures.sku(5);
        String first = Fixtures.unique("LISTING");
        String second = Fixtures.unique("LISTING");

        // then
        assertThatThrownBy(() -> pairings.accept(
                        List.of(new Acceptance(first, mug.sku()), new Acceptance(second, "NO-SUCH-SKU")), "alice"))
                .isInstanceOf(CatalogueRefusedException.class);
        assertThat(pairings.search(first, 0, 10).items()).isEmpty();
    }

    private static List<Suggestion> suggestionsOf(List<Unpaired> unpaired, String platformSku) {
        return unpaired.stream()
                .filter(u -> u.platformSku().equals(platformSku))
                .findFirst()
                .orElseThrow()
                .suggestions();
    }

    private List<Order> ingest(String... platformSkus) {
        ChannelOrder base = fixtures.paidOrder(fixtures.sku(0));
        List<ChannelOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < platformSkus.length; i++) {
            lines.add(new ChannelOrder.Line(
                    base.platformOrderId() + "-" + i, platformSkus[i], "Listing", 1, BigDecimal.ONE));
        }
        return fixtures.ingest(shop, Fixtures.withLines(base, lines));
    }
}
