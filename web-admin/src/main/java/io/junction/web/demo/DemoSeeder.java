package io.junction.web.demo;

import io.junction.allocation.AllocationSettings;
import io.junction.demo.DemoCarrier;
import io.junction.demo.DemoMarketplace;
import io.junction.logistics.CarrierAccount;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMapper;
import io.junction.logistics.LogisticsMethod;
import io.junction.persistence.GeneratedId;
import io.junction.shop.NewShop;
import io.junction.shop.Shop;
import io.junction.shop.ShopChange;
import io.junction.shop.ShopMapper;
import io.junction.shop.ShopService;
import io.junction.simulator.SimulatedMarketplace;
import io.junction.sku.Pairing;
import io.junction.sku.PairingDraft;
import io.junction.sku.PairingService;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockLedger;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the demo's shops (one per {@link DemoMarketplace} on the classpath), carrier accounts and logistics
 * methods (one per {@link DemoCarrier}) and SKUs in place, once; on every start it points them at the
 * simulators' current ports, and each marketplace's simulator sells the demo catalogue, has a few hours of
 * orders already, and takes new ones. It runs once every bean is made and before any is started: the
 * Quartz scheduler (whose stored triggers of the previous run fire as soon as it starts) and the relays
 * find the shops and the carriers at this run's simulators.
 */
@Component
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
public class DemoSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private static final Duration BACKLOG_SPREAD = Duration.ofHours(6);

    /** The demo's products: the Amazon simulator's catalogue, stocked, with EAN-13 barcodes and customs data. */
    static final List<WarehouseSku> CATALOGUE = List.of(
            product(
                    "JN-MUG-001",
                    "Ceramic mug 350 ml, white",
                    "A-01-01",
                    "Ceramic mug",
                    "陶瓷马克杯",
                    "4.20",
                    380,
                    "691200"),
            product(
                    "JN-TEE-002",
                    "Organic cotton T-shirt, navy, M",
                    "A-02-03",
                    "Cotton T-shirt",
                    "棉质T恤",
                    "6.50",
                    180,
                    "610910"),
            product("JN-BAG-003", "Canvas tote bag, natural", "B-01-02", "Canvas bag", "帆布袋", "3.80", 150, "420222"),
            product(
                    "JN-LAMP-004",
                    "LED desk lamp with USB-C port",
                    "B-03-01",
                    "LED desk lamp",
                    "LED台灯",
                    "12.00",
                    650,
                    "940520"),
            product(
                    "JN-SOCK-005",
                    "Merino wool socks, 2 pairs, grey",
                    "C-02-05",
                    "Wool socks",
                    "羊毛袜",
                    "3.10",
                    90,
                    "611592"));

    private final DemoProperties demo;
    private final List<DemoMarketplace> marketplaces;
    private final List<DemoCarrier> demoCarriers;
    private final ShopService shops;
    private final ShopMapper shopMapper;
    private final Carriers carriers;
    private final LogisticsMapper logistics;
    private final SkuMapper skus;
    private final StockLedger ledger;
    private final AllocationSettings allocation;
    private final DemoStock stock;
    private final DemoListings listings;
    private final PairingService pairings;

    public DemoSeeder(
            DemoProperties demo,
            List<DemoMarketplace> marketplaces,
            List<DemoCarrier> demoCarriers,
            ShopService shops,
            ShopMapper shopMapper,
            Carriers carriers,
            LogisticsMapper logistics,
            SkuMapper skus,
            StockLedger ledger,
            AllocationSettings allocation,
            DemoStock stock,
            DemoListings listings,
            PairingService pairings) {
        this.demo = demo;
        this.marketplaces = List.copyOf(marketplaces);
        this.demoCarriers = List.copyOf(demoCarriers);
        this.shops = shops;
        this.shopMapper = shopMapper;
        this.carriers = carriers;
        this.logistics = logistics;
        this.skus = skus;
        this.ledger = ledger;
        this.allocation = allocation;
        this.stock = stock;
        this.listings = listings;
        this.pairings = pairings;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        List<LogisticsMethod> methods =
                demoCarriers.stream().map(this::logisticsMethod).toList();
        // the marketplaces name the demo's carrier, the first one, in their shipment confirmations
        LogisticsMethod method = methods.isEmpty() ? null : methods.get(0);
        for (DemoMarketplace marketplace : marketplaces) {
            selling(marketplace.simulator(), listings.of(marketplace.platform(), CATALOGUE));
            String name = demo.own(marketplace.shopName());
            Shop shop = shopMapper.findByName(marketplace.platform(), name);
            if (shop == null) {
                shop = shops.add(new NewShop(
                        marketplace.platform(),
                        new ShopChange(
                                name,
                                marketplace.endpoint(),
                                marketplace.authEndpoint(),
                                marketplace.credentials(),
                                marketplace.marketplaceIds(),
                                method == null ? null : method.id())));
            } else {
                shopMapper.updateEndpoints(shop.id(), marketplace.endpoint(), marketplace.authEndpoint());
            }
            if (method != null && logistics.findMarketplaceCarrier(method.id(), marketplace.platform()) == null) {
                carriers.mapMarketplaceCarrier(method, marketplace.platform(), marketplace.carrier());
            }
            log.info(
                    "Demo mode: {} shop '{}' (id {}) reads its simulator at {}",
                    marketplace.platform(),
                    name,
                    shop.id(),
                    marketplace.endpoint());
        }
        for (WarehouseSku product : CATALOGUE) {
            if (skus.findBySku(product.sku()) == null) {
                GeneratedId id = new GeneratedId();
                skus.insert(id, product);
                skus.insertBarcode(id.get(), barcode(product.sku()));
                ledger.adjust(id.get(), stock.openingStock(product.sku(), demo.stockPerSku()), "demo", "opening stock");
            }
        }
        seedPairings();
        if (stock.autoAllocate() && allocation.initialise(true, "demo")) {
            log.info("Demo mode: reviewed orders are allocated by themselves (Settings turns it off)");
        }
        demoCarriers.forEach(c -> log.info("Demo mode: {} simulator at {}", c.carrier(), c.endpoint()));
    }

    /** The pairings of the seller's own codes and bundles, once: a restarted demo keeps (or edits) its own. */
    private void seedPairings() {
        List<String> paired = pairings.all().stream().map(Pairing::platformSku).toList();
        for (PairingDraft draft : listings.pairings(
                marketplaces.stream().map(DemoMarketplace::platform).toList())) {
            if (!paired.contains(draft.platformSku())) {
                pairings.create(draft, "demo");
            }
        }
    }

    /** The simulator sells the demo's listings, has a few hours of orders already, and takes new ones. */
    private void selling(SimulatedMarketplace simulator, List<String> listed) {
        simulator.catalogue(listed);
        if (demo.backlog() > 0) {
            simulator.seedBacklog(demo.backlog(), BACKLOG_SPREAD);
        }
        if (!demo.newOrderEvery().isZero()) {
            simulator.generateOrdersEvery(demo.newOrderEvery());
        }
    }

    private LogisticsMethod logisticsMethod(DemoCarrier carrier) {
        LogisticsMethod method = logistics.findMethodByCode(demo.own(carrier.methodCode()));
        if (method != null) {
            logistics.updateAccountEndpoint(method.carrierAccountId(), carrier.endpoint());
            return method;
        }
        CarrierAccount account = carriers.addAccount(
                carrier.carrier(), carrier.accountName(), carrier.endpoint(), carrier.credentials());
        return carriers.addMethod(new LogisticsMethod(
                0,
                demo.own(carrier.methodCode()),
                carrier.methodName(),
                account.id(),
                carrier.serviceCode(),
                carrier.marketplaceCarrier().code(),
                carrier.marketplaceCarrier().name()));
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

    private static WarehouseSku product(
            String sku,
            String name,
            String location,
            String nameEn,
            String nameCn,
            String value,
            int grams,
            String hs) {
        return new WarehouseSku(0, sku, name, location, 0, 0, nameEn, nameCn, new BigDecimal(value), grams, hs);
    }
}
