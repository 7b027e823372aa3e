package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.shop.Shop;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Whole pages through the batched intake, checked on the raw rows. */
class OrderIntakePageTest extends FakeShopTest {

    @Autowired
    OrderIntake intake;

    Shop otherShop;

    @Override
    protected int mugsInStock() {
        return 10;
    }

    @BeforeEach
    void aSecondShop() {
        otherShop = fixtures.fakeShop();
    }

    @Test
    void aPageOfNewChangedAndUnchangedOrdersGivesTheRightRowsLinesAndHistory() {
        // given an unchanged and an unpaid order in the shop, and the other shop holding the same platform id
        Instant earlier = clock.instant().minus(Duration.ofMinutes(30));
        ChannelOrder same = fixtures.platformOrder(Fixtures.unique("PO"), PlatformState.READY_TO_SHIP, earlier, mug);
        ChannelOrder unpaid = fixtures.platformOrder(Fixtures.unique("PO"), PlatformState.UNPAID, earlier, mug);
        fixtures.ingest(shop, same, unpaid);
        ChannelOrder elsewhere =
                fixtures.platformOrder(Fixtures.unique("PO"), PlatformState.READY_TO_SHIP, earlier, mug);
        Order otherBefore = fixtures.ingest(otherShop, elsewhere).get(0);
        Map<String, Object> otherRowBefore = orderRow(otherBefore.id());

        // when one page brings the unchanged order again, the unpaid one paid, and two new ones: one of
        // them with the other shop's platform id, one with a paired and an unpaired line
        ChannelOrder paid = Fixtures.changed(unpaid, PlatformState.READY_TO_SHIP, earlier.plusSeconds(60));
        ChannelOrder sameIdAsElsewhere =
                fixtures.platformOrder(elsewhere.platformOrderId(), PlatformState.UNPAID, earlier.plusSeconds(90), mug);
        ChannelOrder twoLines = orderWithLines(Fixtures.unique("PO"), mug.sku(), "NOT-IN-WAREHOUSE");
        OrderIntake.Tally tally = intake.ingest(shop, page(same, paid, sameIdAsElsewhere, twoLines));

        // then
        assertThat(tally).isEqualTo(new OrderIntake.Tally(2, 1, 1, 0));
        assertThat(rows("SELECT platform_order_id, status FROM oms_order WHERE shop_id = ? ORDER BY id", shop.id()))
                .containsExactly(
                        same.platformOrderId() + " PENDING_AUDIT",
                        unpaid.platformOrderId() + " PENDING_AUDIT",
                        elsewhere.platformOrderId() + " AWAITING_PAYMENT",
                        twoLines.platformOrderId() + " PENDING_AUDIT");
        assertThat(orderRow(otherBefore.id())).isEqualTo(otherRowBefore);
        long twoLinesId = idOf(shop, twoLines);
        assertThat(rows("SELECT platform_sku, sku_id FROM oms_order_line WHERE order_id = ? ORDER BY id", twoLinesId))
                .containsExactly(mug.sku() + " " + mug.id(), "NOT-IN-WAREHOUSE null");
        assertThat(history(idOf(shop, same))).containsExactly("null>PENDING_AUDIT");
        assertThat(history(idOf(shop, unpaid)))
                .containsExactly("null>AWAITING_PAYMENT", "AWAITING_PAYMENT>PENDING_AUDIT");
        assertThat(history(idOf(shop, sameIdAsElsewhere))).containsExactly("null>AWAITING_PAYMENT");
        assertThat(history(twoLinesId)).containsExactly("null>PENDING_AUDIT");
        assertThat(count(
                        "SELECT COUNT(*) FROM oms_order_line l JOIN oms_order o ON o.id = l.order_id WHERE o.shop_id = ?",
                        shop.id()))
                .isEqualTo(5);
    }

    @Test
    void theSamePageIngestedAgainChangesNoRowAtAll() {
        // given
        List<ChannelOrder> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(orderWithLines(Fixtures.unique("PO"), mug.sku(), "OTHER-" + i, "THIRD-" + i));
        }
        intake.ingest(shop, new OrderPage(placed, List.of(), null));
        List<Map<String, Object>> before = allRows();

        // when
        OrderIntake.Tally again = intake.ingest(shop, new OrderPage(placed, List.of(), null));

        // then
        assertThat(again).isEqualTo(new OrderIntake.Tally(0, 0, 5, 0));
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void anOrderListedTwiceOnOnePageIsStoredOnceAndItsNewerVersionMerged() {
        // given the platform lists an order unpaid and, further down the same page, paid
        ChannelOrder unpaid = fixtures.platformOrder(
                Fixtures.unique("PO"), PlatformState.UNPAID, clock.instant().minus(Duration.ofMinutes(10)), mug);
        ChannelOrder paid = Fixtures.changed(
                unpaid, PlatformState.READY_TO_SHIP, unpaid.updatedAt().plusSeconds(30));

        // when
        OrderIntake.Tally tally = intake.ingest(shop, page(unpaid, paid, unpaid));

        // then
        assertThat(tally).isEqualTo(new OrderIntake.Tally(1, 1, 1, 0));
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", shop.id()))
                .isEqualTo(1);
        long id = idOf(shop, unpaid);
        assertThat(jdbc.queryForObject("SELECT status FROM oms_order WHERE id = ?", String.class, id))
                .isEqualTo("PENDING_AUDIT");
        assertThat(count("SELECT COUNT(*) FROM oms_order_line WHERE order_id = ?", id))
                .isEqualTo(1);
        assertThat(history(id)).containsExactly("null>AWAITING_PAYMENT", "AWAITING_PAYMENT>PENDING_AUDIT");
    }

    @Test
    void aPageLongerThanOneStatementKeepsEveryLineWithItsOwnOrder() {
        // given more orders than one multi-row statement takes
        int n = OrderIntake.STATEMENT_ROWS * 2 + 7;
        List<ChannelOrder> many = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            many.add(orderWithLines(Fixtures.unique("PO"), mug.sku(), "X-" + i));
        }

        // when
        OrderIntake.Tally tally = intake.ingest(shop, new OrderPage(many, List.of(), null));

        // then every order, two lines and one history row each, every line under the order it came with
        assertThat(tally.created()).isEqualTo(n);
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", shop.id()))
                .isEqualTo(n);
        assertThat(count(
                        "SELECT COUNT(*) FROM oms_order_line l JOIN oms_order o ON o.id = l.order_id"
                                + " WHERE o.shop_id = ? AND l.platform_line_id LIKE CONCAT(o.platform_order_id, '-%')",
                        shop.id()))
                .isEqualTo(2L * n);
        assertThat(count(
                        "SELECT COUNT(*) FROM oms_order_line l JOIN oms_order o ON o.id = l.order_id"
                                + " WHERE o.shop_id = ? AND l.sku_id = ?",
                        shop.id(),
                        mug.id()))
                .isEqualTo(n);
        assertThat(count(
                        "SELECT COUNT(*) FROM oms_order_history h JOIN oms_order o ON o.id = h.order_id"
                                + " WHERE o.shop_id = ? AND h.from_status IS NULL AND h.to_status = 'PENDING_AUDIT'",
                        shop.id()))
                .isEqualTo(n);
    }

    @Test
    void aPageThatCannotBeStoredWholeStoresNothing() {
        // given a page whose last order repeats a line id, which the line's unique key refuses
        ChannelOrder good = orderWithLines(Fixtures.unique("PO"), mug.sku());
        String id = Fixtures.unique("PO");
        ChannelOrder broken = withLines(
                id,
                List.of(
                        new ChannelOrder.Line(id + "-0", mug.sku(), "Mug", 1, new BigDecimal("9.99")),
                        new ChannelOrder.Line(id + "-0", mug.sku(), "Mug again", 1, new BigDecimal("9.99"))));

        // when
        assertThatThrownBy(() -> intake.ingest(shop, page(good, broken)))
                .isInstanceOf(DataIntegrityViolationException.class);

        // then the page's transaction rolled back whole
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE shop_id = ?", shop.id()))
                .isZero();
    }

    private ChannelOrder orderWithLines(String id, String... skus) {
        List<ChannelOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < skus.length; i++) {
            lines.add(new ChannelOrder.Line(id + "-" + i, skus[i], "Item " + skus[i], 1, new BigDecimal("9.99")));
        }
        return withLines(id, lines);
    }

    private ChannelOrder withLines(String id, List<ChannelOrder.Line> lines) {
        ChannelOrder order = Fixtures.platformOrder(
                id, PlatformState.READY_TO_SHIP, clock.instant().minus(Duration.ofMinutes(5)), lines);
        return Fixtures.withShipBy(order, null);
    }

    private static OrderPage page(ChannelOrder... platformOrders) {
        return new OrderPage(List.of(platformOrders), List.of(), null);
    }

    private long idOf(Shop in, ChannelOrder order) {
        return jdbc.queryForObject(
                "SELECT id FROM oms_order WHERE shop_id = ? AND platform_order_id = ?",
                Long.class,
                in.id(),
                order.platformOrderId());
    }

    private List<String> history(long orderId) {
        return jdbc.query(
                "SELECT from_status, to_status FROM oms_order_history WHERE order_id = ? ORDER BY id",
                (rs, i) -> rs.getString(1) + ">" + rs.getString(2),
                orderId);
    }

    private Map<String, Object> orderRow(long id) {
        return jdbc.queryForMap("SELECT * FROM oms_order WHERE id = ?", id);
    }

    private List<Map<String, Object>> allRows() {
        List<Map<String, Object>> rows =
                new ArrayList<>(jdbc.queryForList("SELECT * FROM oms_order WHERE shop_id = ? ORDER BY id", shop.id()));
        rows.addAll(jdbc.queryForList(
                "SELECT l.* FROM oms_order_line l JOIN oms_order o ON o.id = l.order_id"
                        + " WHERE o.shop_id = ? ORDER BY l.id",
                shop.id()));
        rows.addAll(jdbc.queryForList(
                "SELECT h.* FROM oms_order_history h JOIN oms_order o ON o.id = h.order_id"
                        + " WHERE o.shop_id = ? ORDER BY h.id",
                shop.id()));
        return rows;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Each row as its columns joined by a space. */
    private List<String> rows(String sql, Object... args) {
        return jdbc.query(
                sql,
                (rs, i) -> {
                    List<String> values = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        values.add(rs.getString(c));
                    }
                    return String.join(" ", values);
                },
                args);
    }
}
