package io.junction.web;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.order.OrderMapper;
import io.junction.persistence.GeneratedId;
import io.junction.shop.ShopService;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.sync.OrderIntake;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** A lamp SKU of a test's own and paid orders of it handed straight to the intake, as a sync would store them. */
public final class Lamps {

    private final SkuMapper skus;
    private final ShopService shops;
    private final OrderIntake intake;
    private final OrderMapper orders;

    public Lamps(ApplicationContext context) {
        this.skus = context.getBean(SkuMapper.class);
        this.shops = context.getBean(ShopService.class);
        this.intake = context.getBean(OrderIntake.class);
        this.orders = context.getBean(OrderMapper.class);
    }

    /** A new lamp SKU ({@code LAMP-…}, at D-01, 500 g, declared at 9.00) with none in stock; barcode BC + its code. */
    public WarehouseSku newLamp() {
        String code = "LAMP-" + UUID.randomUUID().toString().substring(0, 8);
        GeneratedId id = new GeneratedId();
        skus.insert(
                id,
                new WarehouseSku(
                        0, code, "Lamp " + code, "D-01", 0, 0, "Lamp", "台灯", new BigDecimal("9.00"), 500, "940520"));
        skus.insertBarcode(id.get(), "BC" + code);
        return skus.findById(id.get());
    }

    /**
     * A paid order of {@code lamps} units of {@code sku} ({@link PaidOrders#ofLamps}), {@code total} paid, stored in
     * the shop as a sync would store it; its id.
     */
    public long paidOrder(long shopId, String sku, int lamps, String total) {
        ChannelOrder order = PaidOrders.ofLamps(sku, lamps, total);
        intake.ingest(shops.get(shopId), new OrderPage(List.of(order), List.of(), null));
        return orders.findByPlatformId(shopId, order.platformOrderId()).id();
    }
}
