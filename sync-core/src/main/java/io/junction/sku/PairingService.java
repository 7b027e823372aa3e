package io.junction.sku;

import io.junction.channel.Channels;
import io.junction.persistence.GeneratedId;
import io.junction.shop.Shop;
import io.junction.shop.ShopMapper;
import io.junction.shop.ShopScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pairing (商品配对): which warehouse SKUs, how many of each, a platform SKU stands for. A pairing is
 * scoped to a shop, a platform or every shop, and the narrowest one wins; with none, a platform SKU
 * that is exactly a warehouse SKU's code pairs by itself. Adding or changing pairings tells
 * ({@link PairingsChanged}, once committed) whoever waits on those platform SKUs.
 */
@Service
public class PairingService {

    public static final int MAX_PLATFORM_SKU = 128;
    public static final int MAX_COMPONENTS = 20;
    public static final int MAX_QUANTITY = 10_000;
    static final int MAX_AFFIX = 64;
    static final String PREFIX = "PREFIX";
    static final String SUFFIX = "SUFFIX";

    private static final Logger log = LoggerFactory.getLogger(PairingService.class);

    private final PairingMapper pairings;
    private final SkuMapper skus;
    private final ShopMapper shops;
    private final Channels channels;
    private final ShopScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    public PairingService(
            PairingMapper pairings,
            SkuMapper skus,
            ShopMapper shops,
            Channels channels,
            ShopScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.pairings = pairings;
        this.skus = skus;
        this.shops = shops;
        this.channels = channels;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A page of pairings. */
    public record Page(List<Pairing> items, long total) {}

    /** What an import did. */
    public record Imported(int created, int updated) {}

    /** The prefixes and suffixes a seller adds to warehouse codes when listing. */
    public record Affixes(List<String> prefixes, List<String> suffixes) {}

    /** A platform SKU seen on orders with nothing to pair it, how often, and what it might be. */
    public record Unpaired(String platformSku, long seen, List<Suggestion> suggestions) {}

    /** A warehouse SKU a platform SKU may stand for, and why it is suggested. */
    public record Suggestion(String skuCode, String skuName, SuggestionReason reason) {}

    /** Why a SKU is suggested. */
    public enum SuggestionReason {
        /** The codes are the same but for letter case or spaces. */
        CODE,
        /** The platform SKU is the code with one of the seller's prefixes or suffixes. */
        AFFIX,
        /** The platform SKU is one of the SKU's barcodes. */
        BARCODE
    }

    /** An accepted suggestion: pair the platform SKU, for every shop, with one unit of the SKU. */
    public record Acceptance(String platformSku, String skuCode) {}

    public Page search(String q, int page, int size) {
        String like = q == null || q.isBlank() ? null : "%" + SkuCatalogue.escapeLike(q.strip()) + "%";
        List<Pairing> found = withComponents(pairings.search(like, page * size, size)).stream()
                .filter(p -> p.shopId() == null || scope.includes(p.shopId()))
                .toList();
        return new Page(found, pairings.countSearch(like));
    }

    /** @throws NoSuchElementException when there is no such pairing, or it belongs to a shop out of scope */
    public Pairing get(long id) {
        Pairing.Row row = pairings.findById(id);
        if (row == null || (row.shopId() != null && !scope.includes(row.shopId()))) {
            throw new NoSuchElementException("No SKU pairing " + id);
        }
        return withComponents(List.of(row)).get(0);
    }

    /**
     * The pairing in force for each platform SKU of an order of this shop: the shop's own, else its
     * platform's, else the global one. Platform SKUs are matched exactly, whatever the collation.
     */
    public Map<String, Pairing> inForce(long shopId, String platform, Collection<String> platformSkus) {
        Set<String> wanted = platformSkus.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        List<Pairing.Row> rows = pairings.candidates(wanted, shopId, platform).stream()
                .filter(r -> wanted.contains(r.platformSku()))
                .toList();
        Map<String, Pairing> winners = new HashMap<>();
        for (Pairing p : withComponents(rows)) {
            if (p.appliesTo(shopId, platform)) {
                winners.merge(p.platformSku(), p, (a, b) -> a.narrowness() >= b.narrowness() ? a : b);
            }
        }
        return winners;
    }

    /**
     * Adds a pairing.
     *
     * @throws CatalogueRefusedException with every reason (409 when the platform SKU is paired in that scope already)
     */
    public Pairing create(PairingDraft draft, String actor) {
        Checked checked = check(draft, null);
        long id = tx.execute(s -> write(null, checked, actor));
        events.publishEvent(new PairingsChanged(Set.of(checked.platformSku()), actor));
        log.info(
                "SKU pairing {} ({}) added by {}",
                checked.platformSku(),
                Pairing.scopeKey(checked.shopId(), checked.platform()),
                actor);
        return get(id);
    }

    /**
     * Replaces a pairing: its scope, platform SKU and components.
     *
     * @throws NoSuchElementException when there is no such pairing
     * @throws CatalogueRefusedException with every reason, nothing changed
     */
    public Pairing update(long id, PairingDraft draft, String actor) {
        Pairing before = get(id);
        List<CatalogueProblem> outOfScope = new ArrayList<>();
        checkScope(before.shopId(), before.platform(), outOfScope);
        if (!outOfScope.isEmpty()) {
            // a clerk limited to some shops may not take over a pairing that other shops rely on
            throw CatalogueRefusedException.of(outOfScope, false);
        }
        Checked checked = check(draft, id);
        tx.executeWithoutResult(s -> write(id, checked, actor));
        events.publishEvent(new PairingsChanged(Set.of(checked.platformSku()), actor));
        log.info("SKU pairing {} ({}) changed by {}", id, checked.platformSku(), actor);
        return get(id);
    }

    /**
     * Removes a pairing. Orders already allocated keep the components they were allocated with.
     *
     * @throws NoSuchElementException when there is no such pairing
     */
    public void delete(long id, String actor) {
        Pairing before = get(id);
        List<CatalogueProblem> problems = new ArrayList<>();
        checkScope(before.shopId(), before.platform(), problems);
        if (!problems.isEmpty()) {
            throw CatalogueRefusedException.of(problems, false);
        }
        tx.executeWithoutResult(s -> {
            pairings.deleteComponents(id);
            pairings.delete(id);
        });
        log.info("SKU pairing {} ({}) removed by {}", id, before.platformSku(), actor);
    }

    /**
     * Creates and replaces pairings by scope and platform SKU, all or nothing. The sheet has one row per
     * component; the rows of one platform SKU in one scope make one pairing.
     *
     * @param rows each row's pairing of one component, by the sheet's row number
     * @param earlier problems already found reading the sheet, reported with the rest
     * @throws CatalogueRefusedException with every bad row's every reason, nothing imported
     */
    public Imported importAll(
            Map<Integer, PairingDraft> rows, List<CatalogueRefusedException.RowProblem> earlier, String actor) {
        List<CatalogueRefusedException.RowProblem> problems = new ArrayList<>(earlier);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, PairingDraft> merged = new LinkedHashMap<>();
        rows.forEach((row, draft) -> {
            String key = Pairing.scopeKey(draft.shopId(), blankToNull(draft.platform())) + "\n"
                    + String.valueOf(draft.platformSku()).strip();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            merged.merge(
                    key,
                    draft,
                    (a, b) -> new PairingDraft(
                            a.shopId(), a.platform(), a.platformSku(), concat(a.components(), b.components())));
        });
        Map<String, Checked> checked = new LinkedHashMap<>();
        merged.forEach((key, draft) -> {
            List<Integer> rowNumbers = groups.get(key);
            List<CatalogueProblem> found = new ArrayList<>();
            Checked c = validate(draft, found);
            for (CatalogueProblem p : found) {
                // a component's problem belongs to its own row; the pairing's to its first
                int index = componentIndex(p.field());
                int row = index >= 0 && index < rowNumbers.size() ? rowNumbers.get(index) : rowNumbers.get(0);
                problems.add(new CatalogueRefusedException.RowProblem(
                        row,
                        new CatalogueProblem(
                                index >= 0 ? p.field().replaceFirst("^components\\[\\d+]\\.", "") : p.field(),
                                p.code(),
                                p.args())));
            }
            checked.put(key, c);
        });
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CatalogueRefusedException.RowProblem::row));
            throw new CatalogueRefusedException(problems, false);
        }
        int[] counts = new int[2];
        tx.executeWithoutResult(s -> {
            for (Checked c : checked.values()) {
                Pairing.Row before = existing(c);
                write(before == null ? null : before.id(), c, actor);
                counts[before == null ? 0 : 1]++;
            }
        });
        events.publishEvent(new PairingsChanged(
                checked.values().stream().map(Checked::platformSku).collect(Collectors.toSet()), actor));
        log.info("SKU pairing import by {}: {} created, {} updated", actor, counts[0], counts[1]);
        return new Imported(counts[0], counts[1]);
    }

    /** Every pairing the reader may see (a clerk limited to some shops: theirs and those for every shop). */
    public List<Pairing> all() {
        return withComponents(pairings.search(null, 0, Integer.MAX_VALUE)).stream()
                .filter(p -> p.shopId() == null || scope.includes(p.shopId()))
                .toList();
    }

    /**
     * The platform SKUs seen on orders (not cancelled) that nothing pairs in their shop, most frequent
     * first, each with what it might be: a warehouse code that differs only in case or spaces, the code
     * with one of the seller's prefixes or suffixes, or a barcode.
     */
    public List<Unpaired> unpaired(int limit) {
        List<PairingMapper.Seen> seen = pairings.unpairedSeen(limit * 4);
        Set<String> platformSkus =
                seen.stream().map(PairingMapper.Seen::platformSku).collect(Collectors.toSet());
        if (platformSkus.isEmpty()) {
            return List.of();
        }
        List<Pairing> known = withComponents(pairings.ofPlatformSkus(platformSkus).stream()
                .filter(r -> platformSkus.contains(r.platformSku()))
                .toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PairingMapper.Seen s : seen) {
            boolean paired = known.stream()
                    .anyMatch(p -> p.platformSku().equals(s.platformSku()) && p.appliesTo(s.shopId(), s.platform()));
            if (!paired && scope.includes(s.shopId())) {
                counts.merge(s.platformSku(), s.seenLines(), Long::sum);
            }
        }
        List<WarehouseSku> catalogue = skus.findAll();
        counts.keySet().removeIf(p -> catalogue.stream().anyMatch(s -> s.sku().equals(p)));
        Affixes affixes = affixes();
        Map<String, WarehouseSku> byBarcode = barcodeIndex(counts.keySet());
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new Unpaired(e.getKey(), e.getValue(), suggest(e.getKey(), catalogue, affixes, byBarcode)))
                .toList();
    }

    /**
     * Pairs each platform SKU, for every shop, with one unit of the SKU suggested; all or nothing.
     *
     * @throws CatalogueRefusedException when a SKU is unknown or a platform SKU is paired for every shop already
     */
    public int accept(List<Acceptance> accepted, String actor) {
        List<Checked> all = new ArrayList<>();
        List<CatalogueProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Acceptance a : accepted) {
            if (!seen.add(a.platformSku())) {
                continue;
            }
            PairingDraft draft = new PairingDraft(
                    null, null, a.platformSku(), List.of(new PairingDraft.ComponentDraft(a.skuCode(), 1)));
            List<CatalogueProblem> found = new ArrayList<>();
            Checked c = validate(draft, found);
            if (found.isEmpty() && existing(c) != null) {
                found.add(new CatalogueProblem("platformSku", "pairing.exists", a.platformSku()));
            }
            problems.addAll(found);
            all.add(c);
        }
        if (!problems.isEmpty()) {
            throw CatalogueRefusedException.of(problems, false);
        }
        tx.executeWithoutResult(s -> all.forEach(c -> write(null, c, actor)));
        events.publishEvent(new PairingsChanged(seen, actor));
        log.info("{} pairing suggestions accepted by {}", all.size(), actor);
        return all.size();
    }

    public Affixes affixes() {
        return new Affixes(pairings.affixes(PREFIX), pairings.affixes(SUFFIX));
    }

    /**
     * Replaces the seller's prefixes and suffixes.
     *
     * @throws CatalogueRefusedException when one is too long or holds a control character
     */
    public Affixes setAffixes(List<String> prefixes, List<String> suffixes) {
        List<String> p = cleanAffixes(prefixes);
        List<String> s = cleanAffixes(suffixes);
        List<CatalogueProblem> problems = new ArrayList<>();
        if (scope.shopIds() != null) {
            // the seller's affixes serve every shop: a clerk limited to some shops may not change them
            problems.add(new CatalogueProblem("affixes", "scope.limited"));
        }
        for (String affix : concat(p, s)) {
            if (affix.length() > MAX_AFFIX || affix.codePoints().anyMatch(Character::isISOControl)) {
                problems.add(new CatalogueProblem("affixes", "affix", affix, MAX_AFFIX));
            }
        }
        if (!problems.isEmpty()) {
            throw CatalogueRefusedException.of(problems, false);
        }
        tx.executeWithoutResult(st -> {
            pairings.deleteAffixes(PREFIX);
            pairings.deleteAffixes(SUFFIX);
            p.forEach(a -> pairings.insertAffix(PREFIX, a));
            s.forEach(a -> pairings.insertAffix(SUFFIX, a));
        });
        return affixes();
    }

    private static List<String> cleanAffixes(List<String> affixes) {
        return affixes == null
                ? List.of()
                : affixes.stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(String::strip)
                        .collect(Collectors.toCollection(LinkedHashSet::new))
                        .stream()
                        .toList();
    }

    private List<Suggestion> suggest(
            String platformSku, List<WarehouseSku> catalogue, Affixes affixes, Map<String, WarehouseSku> byBarcode) {
        Map<String, Suggestion> found = new LinkedHashMap<>();
        String loose = platformSku.strip();
        catalogue.stream()
                .filter(s -> s.sku().equalsIgnoreCase(loose))
                .forEach(s -> found.putIfAbsent(s.sku(), new Suggestion(s.sku(), s.name(), SuggestionReason.CODE)));
        List<String> withoutPrefix = new ArrayList<>(List.of(loose));
        for (String prefix : affixes.prefixes()) {
            if (loose.length() > prefix.length() && loose.regionMatches(true, 0, prefix, 0, prefix.length())) {
                withoutPrefix.add(loose.substring(prefix.length()));
            }
        }
        Set<String> bare = new LinkedHashSet<>(withoutPrefix.subList(1, withoutPrefix.size()));
        for (String w : withoutPrefix) {
            for (String suffix : affixes.suffixes()) {
                int at = w.length() - suffix.length();
                if (at > 0 && w.regionMatches(true, at, suffix, 0, suffix.length())) {
                    bare.add(w.substring(0, at));
                }
            }
        }
        for (String b : bare) {
            catalogue.stream()
                    .filter(s -> s.sku().equalsIgnoreCase(b))
                    .forEach(
                            s -> found.putIfAbsent(s.sku(), new Suggestion(s.sku(), s.name(), SuggestionReason.AFFIX)));
        }
        WarehouseSku byCode = byBarcode.get(loose);
        if (byCode != null) {
            found.putIfAbsent(byCode.sku(), new Suggestion(byCode.sku(), byCode.name(), SuggestionReason.BARCODE));
        }
        return List.copyOf(found.values());
    }

    private Map<String, WarehouseSku> barcodeIndex(Collection<String> platformSkus) {
        Set<String> wanted = platformSkus.stream().map(String::strip).collect(Collectors.toSet());
        Map<String, WarehouseSku> index = new HashMap<>();
        for (SkuBarcode owned : skus.barcodeOwners(wanted)) {
            if (wanted.contains(owned.barcode())) {
                index.put(owned.barcode(), skus.findById(owned.skuId()));
            }
        }
        return index;
    }

    /** A draft that passed every check, its SKUs resolved: what {@link PairingMapper} writes. */
    record Checked(Long shopId, String platform, String platformSku, List<Pairing.Component> components) {

        /** The scope the pairing is unique in ({@link Pairing#scopeKey}). */
        String scopeKey() {
            return Pairing.scopeKey(shopId, platform);
        }
    }

    private Checked check(PairingDraft draft, Long self) {
        List<CatalogueProblem> problems = new ArrayList<>();
        Checked c = validate(draft, problems);
        if (!problems.isEmpty()) {
            throw CatalogueRefusedException.of(problems, false);
        }
        Pairing.Row same = existing(c);
        if (same != null && !Objects.equals(same.id(), self)) {
            throw CatalogueRefusedException.of(
                    List.of(new CatalogueProblem("platformSku", "pairing.exists", c.platformSku())), true);
        }
        return c;
    }

    private Pairing.Row existing(Checked c) {
        Pairing.Row row = pairings.findByScope(c.platformSku(), Pairing.scopeKey(c.shopId(), c.platform()));
        return row != null && row.platformSku().equals(c.platformSku()) ? row : null;
    }

    private Checked validate(PairingDraft draft, List<CatalogueProblem> problems) {
        String platform = blankToNull(draft.platform());
        if (draft.shopId() != null && platform != null) {
            problems.add(new CatalogueProblem("platform", "scope.both"));
        }
        checkScope(draft.shopId(), platform, problems);
        String platformSku = draft.platformSku() == null || draft.platformSku().isBlank()
                ? null
                : draft.platformSku().strip();
        if (platformSku == null) {
            problems.add(new CatalogueProblem("platformSku", "required"));
        } else if (platformSku.length() > MAX_PLATFORM_SKU) {
            problems.add(new CatalogueProblem("platformSku", "tooLong", MAX_PLATFORM_SKU));
        } else if (platformSku.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new CatalogueProblem("platformSku", "control"));
        }
        List<PairingDraft.ComponentDraft> components = draft.components() == null ? List.of() : draft.components();
        if (components.isEmpty()) {
            problems.add(new CatalogueProblem("components", "components.none"));
        } else if (components.size() > MAX_COMPONENTS) {
            problems.add(new CatalogueProblem("components", "components.tooMany", MAX_COMPONENTS));
        }
        List<String> codes = components.stream()
                .map(c -> c == null || c.skuCode() == null ? null : c.skuCode().strip())
                .toList();
        Map<String, WarehouseSku> known = new HashMap<>();
        for (String code : new LinkedHashSet<>(codes)) {
            WarehouseSku sku = code == null ? null : skus.findBySkuExactly(code);
            if (sku != null) {
                known.put(code, sku);
            }
        }
        List<Pairing.Component> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            String field = "components[" + i + "].";
            String code = codes.get(i);
            Integer quantity =
                    components.get(i) == null ? null : components.get(i).quantity();
            if (code == null || code.isEmpty()) {
                problems.add(new CatalogueProblem(field + "skuCode", "required"));
            } else if (!known.containsKey(code)) {
                problems.add(new CatalogueProblem(field + "skuCode", "sku.unknown", code));
            } else if (!seen.add(code)) {
                problems.add(new CatalogueProblem(field + "skuCode", "component.twice", code));
            }
            if (quantity == null) {
                problems.add(new CatalogueProblem(field + "quantity", "required"));
            } else if (quantity < 1 || quantity > MAX_QUANTITY) {
                problems.add(new CatalogueProblem(field + "quantity", "quantity", MAX_QUANTITY));
            }
            if (known.containsKey(code) && quantity != null) {
                resolved.add(new Pairing.Component(known.get(code).id(), code, quantity));
            }
        }
        return new Checked(draft.shopId(), platform, platformSku, resolved);
    }

    /** A shop that exists and is in the caller's scope; a platform with a connector or a shop; wide scopes only for unlimited callers. */
    private void checkScope(Long shopId, String platform, List<CatalogueProblem> problems) {
        if (shopId != null) {
            Shop shop = shops.findById(shopId);
            if (shop == null || !scope.includes(shopId)) {
                problems.add(new CatalogueProblem("shopId", "shop.unknown", shopId));
            }
            return;
        }
        if (platform != null
                && !channels.serves(platform)
                && shops.findAll().stream().noneMatch(s -> s.platform().equals(platform))) {
            problems.add(new CatalogueProblem("platform", "platform.unknown", platform));
        }
        if (scope.shopIds() != null) {
            problems.add(new CatalogueProblem(platform == null ? "shopId" : "platform", "scope.limited"));
        }
    }

    private long write(Long id, Checked c, String actor) {
        long pairingId;
        try {
            if (id == null) {
                GeneratedId key = new GeneratedId();
                pairings.insert(key, c, actor, clock.instant());
                pairingId = key.get();
            } else {
                pairings.update(id, c, actor, clock.instant());
                pairings.deleteComponents(id);
                pairingId = id;
            }
        } catch (DuplicateKeyException meanwhile) {
            throw CatalogueRefusedException.of(
                    List.of(new CatalogueProblem("platformSku", "pairing.exists", c.platformSku())), true);
        }
        c.components()
                .forEach(component -> pairings.insertComponent(pairingId, component.skuId(), component.quantity()));
        return pairingId;
    }

    private List<Pairing> withComponents(List<Pairing.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Pairing.Component>> components =
                pairings.components(rows.stream().map(Pairing.Row::id).toList()).stream()
                        .collect(Collectors.groupingBy(
                                Pairing.ComponentRow::pairingId,
                                Collectors.mapping(
                                        c -> new Pairing.Component(c.skuId(), c.skuCode(), c.quantity()),
                                        Collectors.toList())));
        return rows.stream()
                .map(r -> new Pairing(
                        r.id(),
                        r.shopId(),
                        r.platform(),
                        r.platformSku(),
                        components.getOrDefault(r.id(), List.of()),
                        r.updatedBy(),
                        r.updatedAt()))
                .toList();
    }

    private static int componentIndex(String field) {
        if (!field.startsWith("components[")) {
            return -1;
        }
        return Integer.parseInt(field.substring("components[".length(), field.indexOf(']')));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a == null ? List.of() : a);
        all.addAll(b == null ? List.of() : b);
        return all;
    }
}
