package io.junction.connectors.jd.simulator;

import io.junction.simulator.OrderGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Realistic JD orders from a seeded random source, so that a run is repeatable. */
final class JdOrderGenerator extends OrderGenerator<JdOrderGenerator.Product> {

    /** A catalogue entry: JD's sku and ware ids and the seller's own SKU. */
    record Product(String skuId, String wareId, String outerSkuId, String skuName, BigDecimal jdPrice) {}

    /** A consignee as JD's {@code consigneeInfo} carries it. */
    record Recipient(
            String fullname, String mobile, String province, String city, String county, String town, String street) {

        String fullAddress() {
            return province + city + county + (town == null ? "" : town) + street;
        }
    }

    static final List<Product> DEFAULT_CATALOGUE = List.of(
            new Product(
                    "100012043978", "100012043978", "JN-MUG-001", "Junction 陶瓷马克杯 350ml 白色", new BigDecimal("59.00")),
            new Product("100020317642", "100020317640", "JN-TEE-002", "有机棉圆领T恤 藏青色 M码", new BigDecimal("129.00")),
            new Product("100035581209", "100035581209", "JN-BAG-003", "帆布托特包 原色", new BigDecimal("79.90")),
            new Product("100041206655", "100041206650", "JN-LAMP-004", "LED护眼台灯 带USB-C充电口", new BigDecimal("199.00")),
            new Product("100052274310", "100052274310", "JN-SOCK-005", "美利奴羊毛袜 2双装 灰色", new BigDecimal("69.00")));

    private static final List<Recipient> RECIPIENTS = List.of(
            new Recipient("张伟", "138****5521", "北京", "北京市", "朝阳区", "三里屯街道", "工人体育场北路8号院3号楼1单元702"),
            new Recipient("王芳", "139****0187", "上海", "上海市", "浦东新区", "陆家嘴街道", "世纪大道100号环球金融中心52层"),
            new Recipient("李娜", "186****3319", "广东", "深圳市", "南山区", "粤海街道", "科技园南区高新南七道18号"),
            new Recipient("刘洋", "150****7742", "浙江", "杭州市", "西湖区", "文新街道", "文一西路969号2幢501室"),
            new Recipient("陈静", "177****2208", "四川", "成都市", "武侯区", "玉林街道", "玉林南路12号附3号"),
            new Recipient("杨磊", "135****6634", "湖北", "武汉市", "洪山区", null, "珞喻路1037号华中科技大学东校区"),
            new Recipient("赵敏", "188****9051", "江苏", "南京市", "鼓楼区", "宁海路街道", "北京西路2号"),
            new Recipient("黄志明", "+852 9123 4567", "香港", "香港岛", "中西区", null, "皇后大道中99号中环中心28楼"),
            new Recipient("林美玲", "+886 912 345 678", "台湾", "台北市", "信义区", null, "信义路五段7号"),
            new Recipient("何嘉欣", "+853 6612 3456", "澳门", "澳门半岛", "大堂区", null, "友谊大马路1023号"),
            new Recipient(
                    "Иван Петров",
                    "+7 916 555-01-23",
                    "海外",
                    "Москва",
                    "Тверской район",
                    null,
                    "ул. Тверская, д. 7, кв. 12"),
            new Recipient("佐藤 花子", "+81 90-1234-5678", "海外", "東京都", "渋谷区", null, "神南1-2-3 渋谷マンション405"));

    private static final List<String> REMARKS = List.of("请尽快发货，谢谢！", "送礼用，请不要放发票", "工作日送货，周末家里没人", "麻烦包装结实一点");

    JdOrderGenerator(long seed) {
        super(seed, DEFAULT_CATALOGUE, Product::outerSkuId);
    }

    @Override
    protected Product madeUp(String sku) {
        String skuId = Long.toString(100_000_000_000L + Math.floorMod(sku.hashCode(), 900_000_000_000L));
        return new Product(skuId, skuId, sku, "商品 " + sku, stablePrice(sku, 1000, 50_000));
    }

    SimulatedOrder order(Instant at, String venderId, JdSimulator.Malformation malformation) {
        Recipient recipient = pick(RECIPIENTS);
        List<SimulatedOrder.Item> items = new ArrayList<>();
        for (Line<Product> line : lines(3, 8, 3)) {
            Product p = line.product();
            boolean first = items.isEmpty();
            boolean missingSkuId = first && malformation == JdSimulator.Malformation.MISSING_SKU_ID;
            boolean negative = first && malformation == JdSimulator.Malformation.NEGATIVE_ITEM_TOTAL;
            items.add(new SimulatedOrder.Item(
                    missingSkuId ? null : p.skuId(),
                    p.outerSkuId(),
                    p.skuName(),
                    p.jdPrice(),
                    negative ? -1 : line.quantity(),
                    p.wareId()));
        }
        if (malformation == JdSimulator.Malformation.NO_ITEMS) {
            items.clear();
        }
        String remark = random.nextInt(3) == 0 ? pick(REMARKS) : null;
        BigDecimal freight = random.nextInt(4) == 0 ? new BigDecimal("6.00") : new BigDecimal("0.00");
        return new SimulatedOrder(orderId(), venderId, at, recipient, items, remark, freight, malformation);
    }

    /** A new 12-digit JD order id, never repeated. */
    private String orderId() {
        return uniqueOrderId(() -> Long.toString(300_000_000_000L + (long) (random.nextDouble() * 99_999_999_999L)));
    }
}
