package io.junction.order;

import static io.junction.order.FullOrder.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.logistics.LogisticsMethod;
import io.junction.order.OrderRowWriter.NewOrder;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order list's filter, sorts and keyset paging against the real schema: each filter shown to take the order it
 * names and to leave out the one beside it, each within a shop of its own so other tests' orders stay out.
 */
@Transactional
class OrderListTest extends EmptyFakeShopTest {

    private static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");

    @Autowired
    OrderList list;

    @Autowired
    OrderListMapper listMapper;

    @Autowired
    OrderRowWriter writer;

    @Test
    void theStatusFilterTakesOrdersInThatStatusOnly() {
        long held = order();
        set(held, "status = 'ON_HOLD'");
        long toReview = order();

        assertFilter(inShop().inStatus(OrderStatus.ON_HOLD), held, toReview);
    }

    @Test
    void theCountryFilterTakesOrdersShippingThereOnly() {
        long toGermany = order();
        set(toGermany, "ship_country = 'DE'");
        long toUs = order();

        assertFilter(with(f -> f.country = "DE"), toGermany, toUs);
    }

    @Test
    void thePlatformFilterTakesThatMarketplacesOrdersOnly() {
        long onShopee = order();
        set(onShopee, "platform = 'SHOPEE'");
        long onFake = order();

        assertFilter(with(f -> f.platform = "SHOPEE"), onShopee, onFake);
    }

    @Test
    void theLogisticsMethodFilterTakesOrdersWithThatMethodOnly() {
        LogisticsMethod method = fixtures.fakeCarrierMethod();
        long withMethod = order();
        set(withMethod, "logistics_method_id = " + method.id());
        long withNone = order();

        assertFilter(with(f -> f.logisticsMethodId = method.id()), withMethod, withNone);
    }

    @Test
    void theTagFilterTakesTaggedOrdersOnly() {
        long tagged = order();
        tag(tagged, "vip");
        long otherTag = order();
        tag(otherTag, "fragile");

        assertFilter(with(f -> f.tag = "vip"), tagged, otherTag);
    }

    @ParameterizedTest
    @EnumSource(OrderSort.class)
    void aCommonTagReadAsAJoinPagesAsARareTagDoes(OrderSort sort) {
        // given 9 tagged orders among untagged ones, their keys tying in twos and threes, a few without a ship-by
        List<Long> tagged = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            long id = orderWithTiedKeys(i, 4);
            if (i % 3 != 1) {
                tag(id, "gift");
                tagged.add(id);
            }
        }
        OrderFilter gift = with(f -> f.tag = "gift");
        OrderList joining = new OrderList(listMapper, orders, 1);

        // when the tag drives (a rare tag) and when the orders' index does, the tag joined (a common one)
        List<Long> driven = ids(list.page(gift, sort, null, null, 0, 100));
        List<Long> forwards = new ArrayList<>();
        OrderList.Page page = joining.page(gift, sort, null, null, 0, 2);
        forwards.addAll(ids(page));
        while (page.next() != null) {
            page = joining.page(gift, sort, page.next(), null, 0, 2);
            forwards.addAll(ids(page));
        }
        List<Long> backwards = new ArrayList<>(ids(page));
        while (page.previous() != null) {
            page = joining.page(gift, sort, null, page.previous(), 0, 2);
            backwards.addAll(0, ids(page));
        }

        // then both read the same orders in the same order, the joined tag page by page either way
        assertThat(driven).hasSize(9).containsExactlyInAnyOrderElementsOf(tagged);
        assertThat(forwards).containsExactlyElementsOf(driven);
        assertThat(backwards).containsExactlyElementsOf(driven);
        assertThat(ids(joining.page(gift.inStatus(OrderStatus.ON_HOLD), sort, null, null, 0, 100)))
                .isEmpty();
    }

    @Test
    void aTagsCountsFollowTheTabAndTheReadersShopsAsOtherFiltersDo() {
        // given a tag of this test alone on two orders to review and one on hold, and an untagged one on hold
        String tag = "gift-" + shop.id();
        long toReview = order();
        tag(toReview, tag);
        tag(order(), tag);
        long held = order();
        tag(held, tag);
        set(held, "status = 'ON_HOLD'");
        set(order(), "status = 'ON_HOLD'");
        OrderFilter tagged = OrderFilter.tagged(tag);
        OrderFilter taggedHere = with(f -> f.tag = tag);
        OrderFilter taggedElsewhere = tagged.within(List.of(shop.id() + 1_000_000));

        // when / then: counted from the tag's index, as the general count would
        assertThat(tagged.tagWithinStatusAndShops()).isTrue();
        assertThat(with(f -> {
                            f.tag = tag;
                            f.country = "DE";
                        })
                        .tagWithinStatusAndShops())
                .isFalse();
        assertThat(list.count(tagged)).isEqualTo(new OrderList.Count(3, false));
        assertThat(list.count(taggedHere.inStatus(OrderStatus.PENDING_AUDIT))).isEqualTo(new OrderList.Count(2, false));
        assertThat(list.count(taggedElsewhere)).isEqualTo(new OrderList.Count(0, false));
        Map<OrderStatus, OrderList.Count> tabs = list.countsByStatus(taggedHere.inStatus(OrderStatus.ON_HOLD));
        assertThat(tabs.get(OrderStatus.PENDING_AUDIT)).isEqualTo(new OrderList.Count(2, false));
        assertThat(tabs.get(OrderStatus.ON_HOLD)).isEqualTo(new OrderList.Count(1, false));
        assertThat(tabs.get(OrderStatus.SHIPPED)).isEqualTo(new OrderList.Count(0, false));
        assertThat(list.countsByStatus(taggedElsewhere).get(OrderStatus.PENDING_AUDIT))
                .isEqualTo(new OrderList.Count(0, false));
    }

    @Test
    void theShipByFilterTakesOrdersDueBeforeTheInstantOnly() {
        long dueSoon = order();
        set(dueSoon, "ship_by = TIMESTAMP '2026-11-20 09:59:59.999'");
        long dueLater = order();
        set(dueLater, "ship_by = TIMESTAMP '2026-11-20 10:00:00'");

        assertFilter(with(f -> f.shipByBefore = Instant.parse("2026-11-20T10:00:00Z")), dueSoon, dueLater);
    }

    @Test
    void theCreatedRangeTakesItsStartAndLeavesOutItsEnd() {
        long atStart = order();
        set(atStart, "platform_created_at = TIMESTAMP '2026-11-20 00:00:00'");
        long atEnd = order();
        set(atEnd, "platform_created_at = TIMESTAMP '2026-11-21 00:00:00'");
        long before = order();
        set(before, "platform_created_at = TIMESTAMP '2026-11-19 23:59:59.999'");

        assertFilter(
                with(f -> {
                    f.createdFrom = DAY;
                    f.createdTo = DAY.plusSeconds(86_400);
                }),
                atStart,
                atEnd);
        assertFilter(with(f -> f.createdFrom = DAY), atStart, before);
        assertFilter(with(f -> f.createdTo = DAY), before, atStart);
    }

    @Test
    void theSkuFilterTakesOrdersWithThePlatformSkuOrThePairedWarehouseSku() {
        WarehouseSku mug = fixtures.sku(0);
        long byPlatformSku = order();
        line(byPlatformSku, "LISTING-RED-7", null);
        long byWarehouseSku = order();
        line(byWarehouseSku, "LISTING-OTHER", mug.id());
        long neither = order();
        line(neither, "LISTING-RED-8", null);

        assertFilter(with(f -> f.sku = "LISTING-RED-7"), byPlatformSku, neither);
        assertFilter(with(f -> f.sku = mug.sku()), byWarehouseSku, neither);
    }

    @Test
    void freeTextFindsAnOrderByItsPlatformNumber() {
        long wanted = order();
        long other = order();
        String number =
                jdbc.queryForObject("SELECT platform_order_id FROM oms_order WHERE id = ?", String.class, wanted);

        assertFilter(with(f -> f.q = number), wanted, other);
    }

    @Test
    void freeTextFindsAnOrderByTheBeginningOfTheBuyersName() {
        long wanted = order();
        set(wanted, "buyer_name = 'Margaret Hamilton'");
        long other = order();
        set(other, "buyer_name = 'Grace Hopper'");

        assertFilter(with(f -> f.q = "Margaret Ham"), wanted, other);
        assertFilter(with(f -> f.q = "Grace Hopper"), other, wanted);
    }

    @Test
    void freeTextTakesAWildcardInANameLiterally() {
        long percent = order();
        set(percent, "buyer_name = '50% Off Store'");
        long plain = order();
        set(plain, "buyer_name = '500 Shop'");

        assertFilter(with(f -> f.q = "50%"), percent, plain);
    }

    @Test
    void freeTextFindsAnOrderByTrackingOrPackageNumber() {
        LogisticsMethod method = fixtures.fakeCarrierMethod();
        long tracked = order();
        String packageNo = parcel(tracked, method, "YT2412345678901");
        long other = order();
        parcel(other, method, "YT2412345678902");

        assertFilter(with(f -> f.q = "YT2412345678901"), tracked, other);
        assertFilter(with(f -> f.q = packageNo), tracked, other);
    }

    @Test
    void freeTextFindsAnOrderByASkuOnALine() {
        WarehouseSku mug = fixtures.sku(0);
        long byPlatformSku = order();
        line(byPlatformSku, "LISTING-BLUE-1", null);
        long byWarehouseSku = order();
        line(byWarehouseSku, "LISTING-BLUE-2", mug.id());

        assertFilter(with(f -> f.q = "LISTING-BLUE-1"), byPlatformSku, byWarehouseSku);
        assertFilter(with(f -> f.q = mug.sku()), byWarehouseSku, byPlatformSku);
    }

    @Test
    void theDefaultSortPutsUrgentOrdersFirstThenTheNewest() {
        // given
        long oldUrgent = order();
        set(oldUrgent, "priority = 5, platform_created_at = TIMESTAMP '2026-01-01 00:00:00'");
        long newest = order();
        set(newest, "platform_created_at = TIMESTAMP '2026-11-02 00:00:00'");
        long older = order();
        set(older, "platform_created_at = TIMESTAMP '2026-11-01 00:00:00'");

        // when
        List<Long> ids = ids(list.page(inShop(), OrderSort.PRIORITY, null, null, 0, 10));

        // then
        assertThat(ids).containsExactly(oldUrgent, newest, older);
    }

    @Test
    void theShipBySortsPutOrdersWithoutAShipByLast() {
        // given
        long none = order();
        set(none, "ship_by = NULL");
        long early = order();
        set(early, "ship_by = TIMESTAMP '2026-11-01 00:00:00'");
        long late = order();
        set(late, "ship_by = TIMESTAMP '2026-11-05 00:00:00'");

        // when
        List<Long> ascending = ids(list.page(inShop(), OrderSort.SHIP_BY, null, null, 0, 10));
        List<Long> descending = ids(list.page(inShop(), OrderSort.SHIP_BY_DESC, null, null, 0, 10));
        List<Long> byOffset = ids(list.page(inShop(), OrderSort.SHIP_BY, null, null, 1, 10));

        // then
        assertThat(ascending).containsExactly(early, late, none);
        assertThat(descending).containsExactly(late, early, none);
        assertThat(byOffset).containsExactly(late, none);
    }

    @Test
    void theCreatedSortsReadOldestOrNewestFirst() {
        // given
        long older = order();
        set(older, "platform_created_at = TIMESTAMP '2026-11-01 00:00:00'");
        long newer = order();
        set(newer, "platform_created_at = TIMESTAMP '2026-11-02 00:00:00'");

        // when / then
        assertThat(ids(list.page(inShop(), OrderSort.CREATED_AT, null, null, 0, 10)))
                .containsExactly(older, newer);
        assertThat(ids(list.page(inShop(), OrderSort.CREATED_AT_DESC, null, null, 0, 10)))
                .containsExactly(newer, older);
    }

    @ParameterizedTest
    @EnumSource(OrderSort.class)
    void pagesByCursorMissAndRepeatNoOrderAmongTies(OrderSort sort) {
        // given 23 orders whose keys tie in twos and threes (priority, time), a few without a ship-by
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            long id = orderWithTiedKeys(i, 5);
            all.add(id);
        }
        List<Long> inOneGo = ids(list.page(inShop(), sort, null, null, 0, 100));

        // when read forwards four at a time, and back again from the last page
        List<Long> forwards = new ArrayList<>();
        List<OrderList.Page> pages = new ArrayList<>();
        OrderList.Page page = list.page(inShop(), sort, null, null, 0, 4);
        pages.add(page);
        forwards.addAll(ids(page));
        while (page.next() != null) {
            page = list.page(inShop(), sort, roundTrip(page.next(), sort), null, 0, 4);
            pages.add(page);
            forwards.addAll(ids(page));
        }
        List<Long> backwards = new ArrayList<>(ids(page));
        while (page.previous() != null) {
            page = list.page(inShop(), sort, null, roundTrip(page.previous(), sort), 0, 4);
            backwards.addAll(0, ids(page));
        }

        // then
        assertThat(inOneGo).hasSize(23).containsExactlyInAnyOrderElementsOf(all);
        assertThat(forwards).containsExactlyElementsOf(inOneGo);
        assertThat(backwards).containsExactlyElementsOf(inOneGo);
        assertThat(pages).hasSize(6);
        assertThat(pages.get(0).previous()).isNull();
        assertThat(pages.get(5).next()).isNull();
    }

    @Test
    void aCursorOfAnotherSortOrNoneAtAllIsRefused() {
        String token = new OrderCursor(OrderSort.SHIP_BY, 0, null, 7).token();

        assertThat(OrderCursor.parse(token, OrderSort.SHIP_BY).at()).isNull();
        assertThatThrownBy(() -> OrderCursor.parse(token, OrderSort.PRIORITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderCursor.parse("not-a-cursor", OrderSort.PRIORITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderCursor.parse("%%%", OrderSort.PRIORITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsPerStatusFollowTheFilter() {
        // given
        long germanHeld = order();
        set(germanHeld, "ship_country = 'DE', status = 'ON_HOLD'");
        long german = order();
        set(german, "ship_country = 'DE'");
        order();

        // when
        Map<OrderStatus, OrderList.Count> counts = list.countsByStatus(with(f -> f.country = "DE"));

        // then
        assertThat(counts.get(OrderStatus.ON_HOLD)).isEqualTo(new OrderList.Count(1, false));
        assertThat(counts.get(OrderStatus.PENDING_AUDIT)).isEqualTo(new OrderList.Count(1, false));
        assertThat(counts.get(OrderStatus.SHIPPED)).isEqualTo(new OrderList.Count(0, false));
        assertThat(list.count(inShop())).isEqualTo(new OrderList.Count(3, false));
    }

    @Test
    void aPagesItemsCarryLinesWithWarehouseSkusTagsTrackingAndMethod() {
        // given
        WarehouseSku mug = fixtures.sku(0);
        LogisticsMethod method = fixtures.fakeCarrierMethod();
        long id = order();
        long lineId = line(id, "LISTING-MUG", mug.id());
        tag(id, "vip");
        set(id, "logistics_method_id = " + method.id());
        parcel(id, method, "YT999");
        long withdrawn = jdbc.queryForObject("SELECT MAX(id) FROM oms_package WHERE order_id = ?", Long.class, id);
        parcel(id, method, "YT998");
        jdbc.update("UPDATE oms_package SET preadvice_status = 'WITHDRAWN' WHERE id > ?", withdrawn);
        Order order = list.page(inShop(), OrderSort.PRIORITY, null, null, 0, 10)
                .orders()
                .get(0);

        // when
        OrderList.Items items = list.items(List.of(order));

        // then
        assertThat(items.lines(id))
                .contains(new OrderListMapper.ListedLine(id, lineId, "LISTING-MUG", mug.sku(), 1, "Listing"));
        assertThat(items.tags(id)).containsExactly("vip");
        assertThat(items.trackingNumbers(id)).containsExactly("YT999");
        assertThat(items.methodName(order.logisticsMethodId())).isEqualTo(method.name());
    }

    /** A filter on this test's shop, changed by {@code change}. */
    private OrderFilter with(java.util.function.Consumer<Fields> change) {
        Fields f = new Fields();
        change.accept(f);
        return new OrderFilter(
                null,
                null,
                shop.id(),
                f.platform,
                f.q,
                f.sku,
                f.country,
                f.logisticsMethodId,
                f.tag,
                f.shipByBefore,
                f.createdFrom,
                f.createdTo,
                null,
                null);
    }

    /** The filter's fields a test sets. */
    private static final class Fields {
        String platform;
        String q;
        String sku;
        String country;
        Long logisticsMethodId;
        String tag;
        Instant shipByBefore;
        Instant createdFrom;
        Instant createdTo;
    }

    private OrderFilter inShop() {
        return with(f -> {});
    }

    private void assertFilter(OrderFilter filter, long included, long excluded) {
        Set<Long> found = new HashSet<>(ids(list.page(filter, OrderSort.PRIORITY, null, null, 0, 100)));
        assertThat(found).contains(included).doesNotContain(excluded);
        assertThat(list.count(filter).value()).isEqualTo(found.size());
    }

    private static List<Long> ids(OrderList.Page page) {
        return page.orders().stream().map(Order::id).toList();
    }

    private static OrderCursor roundTrip(OrderCursor cursor, OrderSort sort) {
        return OrderCursor.parse(cursor.token(), sort);
    }

    private long order() {
        NewOrder toReview = new NewOrder(FullOrder.of(Fixtures.unique("PO")), OrderStatus.PENDING_AUDIT, null);
        return writer.insertOrders(shop.id(), "FAKE", List.of(toReview), NOW).get(0);
    }

    /**
     * The {@code i}th of orders whose keys tie in twos and threes: priority, platform creation and ship-by, one in
     * {@code noShipByEvery} without a ship-by.
     */
    private long orderWithTiedKeys(int i, int noShipByEvery) {
        long id = order();
        set(
                id,
                "priority = " + (i % 2) + ", platform_created_at = TIMESTAMP '2026-11-0" + (1 + i % 3)
                        + " 00:00:00', ship_by = "
                        + (i % noShipByEvery == 0 ? "NULL" : "TIMESTAMP '2026-11-1" + (i % 3) + " 00:00:00'"));
        return id;
    }

    private void set(long orderId, String assignments) {
        jdbc.update("UPDATE oms_order SET " + assignments + " WHERE id = ?", orderId);
    }

    private void tag(long orderId, String tag) {
        jdbc.update("INSERT INTO oms_order_tag (order_id, tag) VALUES (?, ?)", orderId, tag);
    }

    private long line(long orderId, String platformSku, Long skuId) {
        jdbc.update(
                "INSERT INTO oms_order_line (order_id, platform_line_id, platform_sku, title, quantity, sku_id)"
                        + " VALUES (?, ?, ?, 'Listing', 1, ?)",
                orderId,
                Fixtures.unique("L"),
                platformSku,
                skuId);
        return jdbc.queryForObject(
                "SELECT id FROM oms_order_line WHERE order_id = ? AND platform_sku = ?",
                Long.class,
                orderId,
                platformSku);
    }

    /** A created parcel with this tracking number; its package number. */
    private String parcel(long orderId, LogisticsMethod method, String trackingNumber) {
        String packageNo = Fixtures.unique("P");
        jdbc.update(
                "INSERT INTO oms_package (order_id, package_no, logistics_method_id, weight_grams, preadvice_status,"
                        + " tracking_number) VALUES (?, ?, ?, 100, 'CREATED', ?)",
                orderId,
                packageNo,
                method.id(),
                trackingNumber);
        return packageNo;
    }
}
