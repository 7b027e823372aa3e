package io.junction.picking;

import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.pdf.PdfCaptions;
import io.junction.shop.ShopScope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Makes a wave's picking documents from the orders' packages as allocated. Reads only; records nothing. */
@Service
public class PickingService {

    /** Allocated and not yet shipped: their packages hold what to pick. */
    static final Set<OrderStatus> PICKABLE =
            EnumSet.of(OrderStatus.PENDING_TRACKING, OrderStatus.PENDING_PRINT, OrderStatus.PENDING_SHIPMENT);

    private final OrderMapper orders;
    private final PickingMapper picking;
    private final ShopScope scope;

    public PickingService(OrderMapper orders, PickingMapper picking, ShopScope scope) {
        this.orders = orders;
        this.picking = picking;
        this.scope = scope;
    }

    /**
     * The wave's pick list (quantities summed per SKU, in bin order) followed by one picking slip per order.
     *
     * @throws PickingRefusedException naming every order that cannot be picked
     */
    public byte[] pickList(List<Long> orderIds, PdfCaptions captions) {
        Wave wave = wave(orderIds);
        return PickingDocuments.pickList(PickList.of(wave.lines()), wave.slips(), captions);
    }

    /**
     * One packing slip per order, to go into the parcel.
     *
     * @throws PickingRefusedException naming every order that cannot be picked
     */
    public byte[] packingSlips(List<Long> orderIds, PdfCaptions captions) {
        return PickingDocuments.packingSlips(wave(orderIds).slips(), captions);
    }

    /** The wave's lines and its orders' slips, in the order the ids came. */
    Wave wave(List<Long> orderIds) {
        List<Long> ids = orderIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new PickingRefusedException(List.of(Refusal.of(PickingRefusedException.NONE_SELECTED)));
        }
        Map<Long, Order> found = new LinkedHashMap<>();
        orders.findByIds(ids).forEach(o -> found.put(o.id(), o));
        List<Refusal> refusals = new ArrayList<>();
        for (long id : ids) {
            Order order = found.get(id);
            if (order == null || !scope.includes(order.shopId())) {
                refusals.add(Refusal.of(PickingRefusedException.NO_SUCH_ORDER, id));
            } else if (!PICKABLE.contains(order.status())) {
                refusals.add(
                        Refusal.of(PickingRefusedException.NOT_ALLOCATED, order.platformOrderId(), order.status()));
            }
        }
        if (!refusals.isEmpty()) {
            throw new PickingRefusedException(refusals);
        }
        List<PickLine> lines = picking.lines(ids);
        List<PickingSlip> slips = new ArrayList<>();
        for (long id : ids) {
            Order order = found.get(id);
            List<PickLine> own = lines.stream().filter(l -> l.orderId() == id).toList();
            List<OrderLine> orderLines = orders.lines(id);
            slips.add(new PickingSlip(order, order.sellerNote(), PickList.of(own), orderLines));
        }
        return new Wave(lines, slips);
    }

    /** A wave's package lines and its orders' slips. */
    record Wave(List<PickLine> lines, List<PickingSlip> slips) {}

    /**
     * One order of the wave as its slips show it.
     *
     * @param sellerNote the seller's own note (卖家备注); null when there is none
     * @param picks what to pick for this order, in bin order
     */
    public record PickingSlip(Order order, String sellerNote, List<PickRow> picks, List<OrderLine> lines) {}
}
