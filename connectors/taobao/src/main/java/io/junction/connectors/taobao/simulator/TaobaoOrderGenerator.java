package io.junction.connectors.taobao.simulator;

import io.junction.simulator.OrderGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Realistic Taobao trades from a seeded random source, so that a run is repeatable. */
final class TaobaoOrderGenerator extends OrderGenerator<TaobaoOrderGenerator.Product> {

    /** A catalogue entry: the seller's SKU code ({@code outer_sku_id}), title and price in yuan. */
    record Product(String outerSkuId, String title, BigDecimal price, long numIid) {}

    /**
     * A delivery address as a Taobao trade carries it.
     *
     * @param country UNCONFIRMED: TOP's {@code receiver_country}, modelled as an ISO code
     */
    record Recipient(
            String name,
            String state,
            String city,
            String district,
            String address,
            String zip,
            String mobile,
            String country) {}

    static final List<Product> DEFAULT_CATALOGUE = List.of(
            new Product("JN-MUG-001", "Junction 陶瓷马克杯 350ml 白色", new BigDecimal("59.00"), 680001234501L),
            new Product("JN-TEE-002", "有机棉短袖T恤 藏青色 M码", new BigDecimal("89.00"), 680001234502L),
            new Product("JN-BAG-003", "帆布托特包 原色", new BigDecimal("69.90"), 680001234503L),
            new Product("JN-LAMP-004", "LED护眼台灯 USB-C充电", new BigDecimal("199.00"), 680001234504L),
            new Product("JN-SOCK-005", "美利奴羊毛袜 两双装 灰色", new BigDecimal("49.00"), 680001234505L));

    private static final List<Recipient> RECIPIENTS = List.of(
            new Recipient("张伟", "浙江省", "杭州市", "余杭区", "文一西路969号 阿里巴巴西溪园区", "311121", "13800138000", "CN"),
            new Recipient("王芳", "上海", "上海市", "浦东新区", "世纪大道100号 环球金融中心 58楼", "200120", "13912345678", "CN"),
            new Recipient("李娜", "广东省", "深圳市", "南山区", "科技园南区 深南大道10000号 腾讯大厦", "518057", "13698765432", "CN"),
            new Recipient("刘洋", "北京", "北京市", "朝阳区", "建国路87号 SKP 3单元 1201室", "100025", "13511112222", "CN"),
            new Recipient("陈静", "四川省", "成都市", "武侯区", "天府大道北段1700号 环球中心 E2-1808", "610041", "18628001234", "CN"),
            new Recipient("黃志明", "香港特别行政区", "香港岛", "中西區", "皇后大道中99號 中環中心 45樓", "999077", "85291234567", "HK"),
            new Recipient("林美玲", "台湾", "台北市", "信義區", "信義路五段7號 台北101 35樓", "110", "886912345678", "TW"),
            new Recipient("何嘉欣", "澳门特别行政区", "澳门半岛", "大堂區", "南灣大馬路 517號 南通商業大廈 8樓", "999078", "85366123456", "MO"),
            new Recipient(
                    "Tan Wei Ling",
                    "Singapore",
                    "Singapore",
                    "Tampines",
                    "Blk 201 Tampines Street 21, #08-1234",
                    "521201",
                    "6591234567",
                    "SG"),
            new Recipient("佐藤 花子", "東京都", "渋谷区", "神南", "神南1-2-3 渋谷ハイツ 502号室", "150-0041", "819012345678", "JP"),
            new Recipient(
                    "Lim Chee Keong",
                    "Selangor",
                    "Petaling Jaya",
                    "SS2",
                    "No. 12, Jalan SS 2/55",
                    "47300",
                    "60123456789",
                    "MY"),
            new Recipient(
                    "Kevin Zhang",
                    "California",
                    "San Jose",
                    "Santa Clara County",
                    "1 Infinite Loop, Apt 4",
                    "95014",
                    "14085550142",
                    "US"),
            new Recipient(
                    "Chloe Wang",
                    "New South Wales",
                    "Sydney",
                    "Haymarket",
                    "88 George Street, Level 5",
                    "2000",
                    "61255501234",
                    "AU"));

    private static final List<String> NICKS =
            List.of("小明爱购物", "tb_hz2024", "快乐的小猫", "sunny_林", "abc草莓酱", "taobao用户8812", "晨曦时光", "kevin_sj");

    private static final List<String> MESSAGES = List.of(
            "请尽快发货，谢谢！", "不要放快递柜，直接送到家门口", "是送人的礼物，请不要放发票", "麻烦用顺丰，运费我补", "Please ship ASAP, thanks!", "周末家里没人，请工作日送达");

    private long nextTid;
    private long nextOid;

    TaobaoOrderGenerator(long seed) {
        super(seed, DEFAULT_CATALOGUE, Product::outerSkuId);
        this.nextTid = 3_912_000_000_000_000_000L + (Math.abs(seed) % 1_000L) * 1_000_000_000L;
        this.nextOid = 4_812_000_000_000_000_000L + (Math.abs(seed) % 1_000L) * 1_000_000_000L;
    }

    /** A stable made-up price between 20.00 and 219.99 yuan per SKU. */
    @Override
    protected Product madeUp(String sku) {
        return new Product(
                sku,
                "商品 " + sku,
                stablePrice(sku, 2000, 20000),
                680_000_000_000L + Math.floorMod(sku.hashCode(), 1_000_000));
    }

    SimulatedTrade trade(Instant at, TaobaoSimulator.Malformation malformation) {
        Recipient recipient = pick(RECIPIENTS);
        List<SimulatedTrade.Line> lines = new ArrayList<>();
        List<Line<Product>> drawn = lines(3, 8, 3);
        for (int i = 0; i < drawn.size(); i++) {
            Product product = drawn.get(i).product();
            boolean missing = malformation == TaobaoSimulator.Malformation.MISSING_OUTER_SKU_ID && i == 0;
            String sku = missing ? null : product.outerSkuId();
            lines.add(new SimulatedTrade.Line(
                    nextOid++,
                    product.numIid(),
                    product.numIid() * 10 + i,
                    sku,
                    product.title(),
                    drawn.get(i).quantity(),
                    product.price()));
        }
        if (malformation == TaobaoSimulator.Malformation.NO_ORDERS) {
            lines.clear();
        }
        String message = random.nextInt(3) == 0 ? pick(MESSAGES) : null;
        BigDecimal postFee = random.nextBoolean() ? BigDecimal.ZERO.setScale(2) : new BigDecimal("10.00");
        return new SimulatedTrade(nextTid++, at, pick(NICKS), recipient, message, postFee, lines, malformation);
    }
}
