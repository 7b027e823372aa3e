package io.junction.web.demo;

import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.simulator.YunExpressSimulator;
import io.junction.connectors.aliexpress.AliExpressConnector;
import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.connectors.amazon.AmazonConnector;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.connectors.jd.JdConnector;
import io.junction.connectors.jd.simulator.JdSimulator;
import io.junction.connectors.taobao.TaobaoConnector;
import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import io.junction.logistics.CarrierAccount;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMapper;
import io.junction.logistics.LogisticsMethod;
import io.junction.logistics.MarketplaceCarrier;
import io.junction.persistence.GeneratedId;
import io.junction.allocation.AllocationSettings;
import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopMapper;
import io.junction.shop.ShopService;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockLedger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the demo's shops (one per marketplace), carrier account, logistics method and SKUs in place,
 * once; on every start it points them at the simulators' current ports. It runs once every bean is
 * made and before any is started: the Quartz scheduler (whose stored triggers of the previous run fire
 * as soon as it starts) and the relays find the shops and the carrier at this run's simulators.
 */
@Component
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
public class DemoSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    static final String METHOD_CODE = "YUN-THPHR";

    /** The demo's products: the Amazon simulator's catalogue, stocked, with EAN-13 barcodes and customs data. */
    static final List<WarehouseSku> CATALOGUE = List.of(
            product("JN-MUG-001", "Ceramic mug 350 ml, white", "A-01-01", "Ceramic mug", "陶瓷马克杯", "4.20", 380, "691200"),
            product("JN-TEE-002", "Organic cotton T-shirt, navy, M", "A-02-03", "Cotton T-shirt", "棉质T恤", "6.50", 180, "610910"),
            product("JN-BAG-003", "Canvas tote bag, natural", "B-01-02", "Canvas bag", "帆布袋", "3.80", 150, "420222"),
            product("JN-LAMP-004", "LED desk lamp with USB-C port", "B-03-01", "LED desk lamp", "LED台灯", "12.00", 650, "940520"),
            product("JN-SOCK-005", "Merino wool socks, 2 pairs, grey", "C-02-05", "Wool socks", "羊毛袜", "3.10", 90, "611592"));

    private final DemoProperties demo;
    private final List<DemoShop> demoShops;
    private final YunExpressSimulator yunExpress;
    private final ShopService shops;
    private final ShopMapper shopMapper;
    private final Carriers carriers;
    private final LogisticsMapper logistics;
    private final SkuMapper skus;
    private final StockLedger ledger;
    private final AllocationSettings allocation;
    private final DemoStock stock;

    /**
     * A demo shop on one marketplace's simulator, and how that marketplace names the demo's carrier.
     */
    record DemoShop(String platform, String name, String endpoint, String authEndpoint, Map<String, String> credentials,
            List<String> marketplaceIds, MarketplaceCarrier carrier) {}

    public DemoSeeder(DemoProperties demo, AmazonSimulator amazon, AliExpressSimulator aliExpress, TaobaoSimulator taobao,
            JdSimulator jd,
            YunExpressSimulator yunExpress, ShopService shops, ShopMapper shopMapper, Carriers carriers,
            LogisticsMapper logistics, SkuMapper skus, StockLedger ledger, AllocationSettings allocation,
            DemoStock stock) {
        this.demo = demo;
        // The marketplaces' codes for YunExpress are demo values: Taobao and JD publish their own lists.
        this.demoShops = List.of(
                new DemoShop(AmazonConnector.PLATFORM, demo.own("Demo Amazon US"), amazon.baseUrl(), amazon.tokenUrl(),
                        amazon.credentials(), List.of(amazon.marketplaceId()), new MarketplaceCarrier("Yun Express", "YunExpress")),
                new DemoShop(AliExpressConnector.PLATFORM, demo.own("Demo AliExpress Store"), aliExpress.gatewayUrl(), null,
                        aliExpress.credentials(), List.of(), new MarketplaceCarrier("YUNEXPRESS", "YunExpress")),
                new DemoShop(TaobaoConnector.PLATFORM, demo.own("Demo Taobao 淘宝店"), taobao.baseUrl(), null, taobao.credentials(),
                        List.of(), new MarketplaceCarrier("YUNEXPRESS", "云途物流")),
                new DemoShop(JdConnector.PLATFORM, demo.own("Demo JD 京东店"), jd.baseUrl(), null, jd.credentials(), List.of(),
                        new MarketplaceCarrier("1327", "云途物流")));
        this.yunExpress = yunExpress;
        this.shops = shops;
        this.shopMapper = shopMapper;
        this.carriers = carriers;
        this.logistics = logistics;
        this.skus = skus;
        this.ledger = ledger;
        this.allocation = allocation;
        this.stock = stock;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        LogisticsMethod method = logisticsMethod();
        for (DemoShop demoShop : demoShops) {
            Shop shop = shopMapper.findByName(demoShop.platform(), demoShop.name());
            if (shop == null) {
                shop = shops.add(new NewShop(demoShop.platform(), demoShop.name(), demoShop.endpoint(),
                        demoShop.authEndpoint(), demoShop.credentials(), demoShop.marketplaceIds(), method.id()));
            } else {
                shopMapper.updateEndpoints(shop.id(), demoShop.endpoint(), demoShop.authEndpoint());
            }
            if (logistics.findMarketplaceCarrier(method.id(), demoShop.platform()) == null) {
                carriers.mapMarketplaceCarrier(method, demoShop.platform(), demoShop.carrier());
            }
            log.info("Demo mode: {} shop '{}' (id {}) reads its simulator at {}", demoShop.platform(), demoShop.name(),
                    shop.id(), demoShop.endpoint());
        }
        for (WarehouseSku product : CATALOGUE) {
            if (skus.findBySku(product.sku()) == null) {
                GeneratedId id = new GeneratedId();
                skus.insert(id, product);
                skus.insertBarcode(id.get(), barcode(product.sku()));
                ledger.adjust(id.get(), stock.openingStock(product.sku(), demo.stockPerSku()), "demo", "opening stock");
            }
        }
        if (stock.autoAllocate() && allocation.initialise(true, "demo")) {
            log.info("Demo mode: reviewed orders are allocated by themselves (Settings turns it off)");
        }
        log.info("Demo mode: YunExpress simulator at {}", yunExpress.baseUrl());
    }

    private LogisticsMethod logisticsMethod() {
        LogisticsMethod method = logistics.findMethodByCode(demo.own(METHOD_CODE));
        if (method != null) {
            logistics.updateAccountEndpoint(method.carrierAccountId(), yunExpress.baseUrl());
            return method;
        }
        CarrierAccount account = carriers.addAccount(YunExpressCarrierAdapter.CARRIER, "YunExpress (simulator)",
                yunExpress.baseUrl(), Map.of("customerCode", yunExpress.customerCode(), "apiSecret", yunExpress.apiSecret()));
        return carriers.addMethod(new LogisticsMethod(0, demo.own(METHOD_CODE), "YunExpress Global Direct (THPHR)", account.id(),
                yunExpress.shippingMethodCode(), "Yun Express", "YunExpress"));
    }

    /** The product's barcode as printed on it: a valid EAN-13 derived from the SKU's position. */
    static String barcode(String sku) {
        int index = CATALOGUE.stream().map(WarehouseSku::sku).toList().indexOf(sku);
        String body = String.format("690123456%03d", index + 1);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }

    private static WarehouseSku product(String sku, String name, String location, String nameEn, String nameCn, String value,
            int grams, String hs) {
        return new WarehouseSku(0, sku, name, location, 0, 0, nameEn, nameCn, new BigDecimal(value), grams, hs);
    }
}
