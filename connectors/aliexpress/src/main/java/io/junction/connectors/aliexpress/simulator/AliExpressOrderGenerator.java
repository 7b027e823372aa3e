package io.junction.connectors.aliexpress.simulator;

import io.junction.simulator.OrderGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Realistic AliExpress orders from a seeded random source, so that a run is repeatable: one to four
 * child orders, buyers in many countries (addresses in Chinese, Cyrillic, Hangul, Arabic, Hebrew and
 * Latin scripts), and now and then a buyer note.
 */
final class AliExpressOrderGenerator extends OrderGenerator<AliExpressOrderGenerator.Product> {

    /** A catalogue entry as the seller lists it on AliExpress. */
    record Product(String skuCode, String productName, BigDecimal price, String productId) {}

    /** A receipt address as {@code order.info.get} carries it. */
    record Recipient(
            String contactPerson,
            String country,
            String province,
            String city,
            String address,
            String address2,
            String zip,
            String phoneCountry,
            String mobileNo) {}

    static final List<Product> DEFAULT_CATALOGUE = List.of(
            new Product(
                    "JN-MUG-001", "Junction ceramic mug, 350 ml, white", new BigDecimal("6.99"), "1005006123450001"),
            new Product(
                    "JN-TEE-002", "Organic cotton T-shirt, navy, size M", new BigDecimal("9.90"), "1005006123450002"),
            new Product("JN-BAG-003", "Canvas tote bag, natural", new BigDecimal("4.50"), "1005006123450003"),
            new Product(
                    "JN-LAMP-004",
                    "LED desk lamp with USB-C charging port",
                    new BigDecimal("17.99"),
                    "1005006123450004"),
            new Product("JN-SOCK-005", "Merino wool socks, 2 pairs, grey", new BigDecimal("7.00"), "1005006123450005"),
            new Product(
                    "JN-CASE-006", "Phone case, transparent, shockproof", new BigDecimal("2.35"), "1005006123450006"));

    private static final List<Recipient> RECIPIENTS = List.of(
            new Recipient("陈美玲", "TW", "臺北市", "大安區", "忠孝東路四段100號", "5樓之2", "106", "886", "912345678"),
            new Recipient("黄志明", "HK", "香港", "九龍", "彌敦道188號", "12樓B室", "999077", "852", "61234567"),
            new Recipient(
                    "林晓燕",
                    "SG",
                    "Singapore",
                    "Singapore",
                    "10 Anson Road",
                    "#22-05 International Plaza",
                    "079903",
                    "65",
                    "81234567"),
            new Recipient(
                    "Иван Петров",
                    "RU",
                    "Московская область",
                    "Москва",
                    "ул. Тверская, д. 7",
                    "кв. 15",
                    "125009",
                    "7",
                    "9161234567"),
            new Recipient(
                    "Олена Коваленко",
                    "UA",
                    "Київська область",
                    "Київ",
                    "вул. Хрещатик, 22",
                    null,
                    "01001",
                    "380",
                    "671234567"),
            new Recipient("김민준", "KR", "서울특별시", "강남구", "테헤란로 152", "강남파이낸스센터 10층", "06236", "82", "1012345678"),
            new Recipient(
                    "محمد العتيبي", "SA", "الرياض", "الرياض", "طريق الملك فهد", "مبنى 12", "12271", "966", "501234567"),
            new Recipient(
                    "נועה כהן",
                    "IL",
                    "מחוז תל אביב",
                    "תל אביב-יפו",
                    "רחוב דיזנגוף 50",
                    null,
                    "6433222",
                    "972",
                    "521234567"),
            new Recipient(
                    "Lucía García", "ES", "Madrid", "Madrid", "Calle de Alcalá 52", "4º B", "28014", "34", "612345678"),
            new Recipient(
                    "João Silva",
                    "BR",
                    "São Paulo",
                    "São Paulo",
                    "Avenida Paulista, 1578",
                    "Apto 82",
                    "01310-200",
                    "55",
                    "11912345678"),
            new Recipient(
                    "Camille Martin",
                    "FR",
                    "Île-de-France",
                    "Paris",
                    "18 Rue de Rivoli",
                    null,
                    "75004",
                    "33",
                    "612345678"),
            new Recipient(
                    "Emily Johnson",
                    "US",
                    "Oregon",
                    "Portland",
                    "1450 Maple Avenue",
                    "Apt 3B",
                    "97205",
                    "1",
                    "5035550142"),
            new Recipient(
                    "Jakub Nowak",
                    "PL",
                    "Mazowieckie",
                    "Warszawa",
                    "ul. Marszałkowska 84",
                    "m. 12",
                    "00-514",
                    "48",
                    "512345678"));

    private static final List<String> NOTES = List.of(
            "请不要放发票，这是礼物。",
            "Пожалуйста, упакуйте тщательно, это подарок.",
            "Please call before delivery.",
            "선물용으로 포장해 주세요.",
            "Por favor, enviar o mais rápido possível.");

    private long nextChildId;

    AliExpressOrderGenerator(long seed) {
        super(seed, DEFAULT_CATALOGUE, Product::skuCode);
        this.nextChildId = 8_100_000_000_000_000L + (Math.abs(seed) % 1_000_000L) * 1_000L;
    }

    /** A stable made-up price between 1.00 and 30.99 per SKU. */
    @Override
    protected Product madeUp(String sku) {
        return new Product(
                sku,
                "Catalogue item " + sku,
                stablePrice(sku, 100, 3000),
                "10050" + String.format(Locale.ROOT, "%011d", Math.floorMod(sku.hashCode(), 100_000_000_000L)));
    }

    SimulatedOrder order(Instant at, AliExpressSimulator.Malformation malformation) {
        Recipient recipient = pick(RECIPIENTS);
        List<SimulatedOrder.Item> items = new ArrayList<>();
        List<Line<Product>> lines = lines(4, 7, 4);
        for (int i = 0; i < lines.size(); i++) {
            Product product = lines.get(i).product();
            boolean missing = malformation == AliExpressSimulator.Malformation.MISSING_SKU_CODE && i == 0;
            String sku = missing ? null : product.skuCode();
            items.add(new SimulatedOrder.Item(
                    Long.toString(nextChildId++),
                    product.productId(),
                    sku,
                    product.productName(),
                    lines.get(i).quantity(),
                    product.price()));
        }
        String memo = random.nextInt(4) == 0 ? pick(NOTES) : null;
        String login = recipient.country().toLowerCase(Locale.ROOT)
                + String.format(Locale.ROOT, "%010d", random.nextInt(1_000_000_000))
                + "abcd".charAt(random.nextInt(4));
        return new SimulatedOrder(
                orderId(), at, login, recipient.contactPerson(), recipient, memo, items, malformation);
    }

    /** A new 16-digit AliExpress order id, never repeated. */
    private String orderId() {
        return uniqueOrderId(() -> "80" + String.format(Locale.ROOT, "%014d", (long) (random.nextDouble() * 1e14)));
    }
}
