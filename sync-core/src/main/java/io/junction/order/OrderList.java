package io.junction.order;

import io.junction.order.OrderListMapper.ListedLine;
import io.junction.order.OrderWindow.Part;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The order list at any history: a page read from an index in the sort's order, starting at a cursor (keyset
 * paging, as fast on page 5,000 as on the first), counts that stop at {@link #COUNT_CAP} instead of reading every
 * match, and what the page's items show in a fixed number of queries, however many orders the page holds.
 */
@Service
public class OrderList {

    /** Counts stop here: "10,000+" tells a reader as much as an exact figure does, at a fraction of the reading. */
    public static final int COUNT_CAP = 10_000;

    /**
     * A tag on at least this many orders is read as a join, the sort's index driving: walking the orders in the
     * sort's order and looking each one's tag up finds a page of a common tag after a few thousand index entries,
     * where reading every tagged order and sorting them would fetch thousands of whole orders first (a tag on 7,576
     * of a million orders: 1–4 s). A rarer tag still drives: a walk would pass too many orders between its matches.
     */
    static final int TAG_JOINED_FROM = 2_000;

    /**
     * The tab counts of a tag on at most this many orders are counted in one pass over the tag's orders, grouped by
     * status, where each of the ten tabs would otherwise read every tagged order again.
     */
    static final int TAG_GROUPED_UP_TO = 50_000;

    private final OrderListMapper list;
    private final OrderMapper orders;
    private final int tagJoinedFrom;

    @Autowired
    public OrderList(OrderListMapper list, OrderMapper orders) {
        this(list, orders, TAG_JOINED_FROM);
    }

    /** With another threshold for a joined tag (tests: both ways of reading a tag give the same pages). */
    OrderList(OrderListMapper list, OrderMapper orders, int tagJoinedFrom) {
        this.list = list;
        this.orders = orders;
        this.tagJoinedFrom = tagJoinedFrom;
    }

    /** A count, or ({@code capped}) the cap when more orders match. */
    public record Count(long value, boolean capped) {
        static Count of(long counted) {
            return counted > COUNT_CAP ? new Count(COUNT_CAP, true) : new Count(counted, false);
        }

        /** The sum of counts, capped when any is. */
        public static Count sum(Iterable<Count> counts) {
            long value = 0;
            boolean capped = false;
            for (Count c : counts) {
                value += c.value();
                capped |= c.capped();
            }
            return new Count(value, capped);
        }
    }

    /**
     * One page and where its neighbours start.
     *
     * @param next the cursor of the page after, null when this is the last
     * @param previous the cursor of the page before, null when this is the first
     */
    public record Page(List<Order> orders, OrderCursor next, OrderCursor previous) {}

    /**
     * A page of {@code size} orders in {@code sort}: after {@code after}, before {@code before} (at most one of
     * them), or else past {@code offset} orders from the start.
     */
    public Page page(OrderFilter filter, OrderSort sort, OrderCursor after, OrderCursor before, int offset, int size) {
        if (after != null && before != null) {
            throw new IllegalArgumentException("a page is either after or before a cursor, not both");
        }
        boolean backward = before != null;
        OrderCursor key = backward ? before : after;
        int wanted = size + 1; // one more than the page tells whether another page follows
        List<Long> found = new ArrayList<>(wanted);
        String joinedTag = joinsTag(filter) ? filter.tag() : null;
        OrderFilter rest = joinedTag == null ? filter : filter.withoutTag();
        boolean first = true;
        for (Part part : parts(sort, key, backward, offset)) {
            OrderWindow window = new OrderWindow(
                    sort, part, first ? key : null, backward, first ? offset : 0, wanted - found.size());
            found.addAll(list.window(rest, window, joinedTag));
            first = false;
            if (found.size() >= wanted) {
                break;
            }
        }
        boolean more = found.size() > size;
        List<Long> ids = new ArrayList<>(found.subList(0, Math.min(size, found.size())));
        if (backward) {
            Collections.reverse(ids);
        }
        List<Order> orders = inOrder(ids);
        OrderCursor head = orders.isEmpty() ? null : OrderCursor.of(orders.get(0), sort);
        OrderCursor tail = orders.isEmpty() ? null : OrderCursor.of(orders.get(orders.size() - 1), sort);
        if (backward) {
            return new Page(orders, tail, more ? head : null);
        }
        return new Page(orders, more ? tail : null, key != null || offset > 0 ? head : null);
    }

    /** Whether the page reads the filter's tag as a join driven by the sort's index: a tag on many orders. */
    private boolean joinsTag(OrderFilter filter) {
        return filter.tag() != null
                && !filter.readsLinesOrParcels()
                && list.countTaggedUpTo(OrderFilter.tagged(filter.tag()), tagJoinedFrom) >= tagJoinedFrom;
    }

    /** The orders with these ids, in the ids' order. */
    private List<Order> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Order> byId = orders.findByIds(ids).stream()
                .collect(Collectors.toMap(Order::id, java.util.function.Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The parts a ship-by sort reads in turn (orders with a ship-by, then those without, reversed going back),
     * from the part the key lies in; one part for the other sorts and for paging by offset.
     */
    private static List<Part> parts(OrderSort sort, OrderCursor key, boolean backward, int offset) {
        if (!sort.byShipBy()) {
            return List.of(Part.ALL);
        }
        if (offset > 0) {
            return List.of(Part.SHIP_BY_NONE_LAST);
        }
        boolean inNone = key != null && key.at() == null;
        if (backward) {
            return inNone ? List.of(Part.SHIP_BY_NONE, Part.SHIP_BY_SET) : List.of(Part.SHIP_BY_SET);
        }
        return inNone ? List.of(Part.SHIP_BY_NONE) : List.of(Part.SHIP_BY_SET, Part.SHIP_BY_NONE);
    }

    /** How many orders the filter matches, up to the cap. */
    public Count count(OrderFilter filter) {
        if (filter.tagWithinStatusAndShops()) {
            // from the tag's index; the orders read only for a status or shops, never an index of every order walked
            return Count.of(list.countTaggedUpTo(filter, COUNT_CAP + 1));
        }
        return Count.of(list.countUpTo(filter, COUNT_CAP + 1));
    }

    /** How many orders match in each status (the filter's own status aside), every status present. */
    public Map<OrderStatus, Count> countsByStatus(OrderFilter filter) {
        Map<OrderStatus, Count> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, new Count(0, false));
        }
        OrderFilter any = filter.inStatus(null);
        if (any.tagWithinStatusAndShops()
                && list.countTaggedUpTo(OrderFilter.tagged(any.tag()), TAG_GROUPED_UP_TO + 1) <= TAG_GROUPED_UP_TO) {
            list.countTaggedByStatus(any).forEach(c -> counts.put(c.status(), Count.of(c.count())));
            return counts;
        }
        list.countByStatusUpTo(any, List.of(OrderStatus.values()), COUNT_CAP + 1)
                .forEach(c -> counts.put(c.status(), Count.of(c.count())));
        return counts;
    }

    /** What the items of a page show beyond the order's own columns, each read once for the whole page. */
    public record Items(
            Map<Long, List<ListedLine>> lines,
            Map<Long, List<String>> tags,
            Map<Long, List<String>> trackingNumbers,
            Map<Long, String> methodNames) {

        public List<ListedLine> lines(long orderId) {
            return lines.getOrDefault(orderId, List.of());
        }

        public List<String> tags(long orderId) {
            return tags.getOrDefault(orderId, List.of());
        }

        public List<String> trackingNumbers(long orderId) {
            return trackingNumbers.getOrDefault(orderId, List.of());
        }

        public String methodName(Long methodId) {
            return methodId == null ? null : methodNames.get(methodId);
        }
    }

    /** The lines, tags, tracking numbers and method names of these orders: four queries, whatever their number. */
    public Items items(List<Order> orders) {
        if (orders.isEmpty()) {
            return new Items(Map.of(), Map.of(), Map.of(), Map.of());
        }
        List<Long> ids = orders.stream().map(Order::id).toList();
        List<Long> methods = orders.stream()
                .map(Order::logisticsMethodId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new Items(
                list.lines(ids).stream()
                        .collect(Collectors.groupingBy(ListedLine::orderId, LinkedHashMap::new, Collectors.toList())),
                list.tags(ids).stream()
                        .collect(Collectors.groupingBy(
                                OrderListMapper.OrderTagRow::orderId,
                                Collectors.mapping(OrderListMapper.OrderTagRow::tag, Collectors.toList()))),
                list.trackingNumbers(ids).stream()
                        .collect(Collectors.groupingBy(
                                OrderListMapper.OrderTrackingRow::orderId,
                                Collectors.mapping(
                                        OrderListMapper.OrderTrackingRow::trackingNumber, Collectors.toList()))),
                methods.isEmpty()
                        ? Map.of()
                        : list.methodNames(methods).stream()
                                .collect(Collectors.toMap(
                                        OrderListMapper.MethodName::id, OrderListMapper.MethodName::name)));
    }
}
