package io.junction.logistics;

import io.junction.order.Order;
import io.junction.outcome.RemoteOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What each enabled logistics method would cost for an order, as its carrier quotes it ({@link
 * CarrierAdapter#quote}): asked of every carrier at once, outside any transaction, bounded by
 * {@link FreightQuoteSettings#timeout()}; a carrier's prices for the same parcel are reused for
 * {@link FreightQuoteSettings#cacheFor()}. Quotes book nothing and cost nothing, so asking again is harmless.
 * Methods whose carrier offers no quotes are left out.
 */
@Service
@EnableConfigurationProperties(FreightQuoteSettings.class)
public class FreightQuoteService implements DisposableBean {

    /** Our reason code: the order's lines have no SKU weight, so there is nothing to price. */
    public static final String NO_WEIGHT = "NO_WEIGHT";

    /** Our reason code: the carrier did not answer in time, or its answer could not be read. */
    public static final String NO_ANSWER = "NO_ANSWER";

    /** Quoted methods cheapest first (amounts compared within a currency), then those without a price. */
    public static final Comparator<MethodQuote> CHEAPEST_FIRST = Comparator.comparing((MethodQuote q) -> !q.quoted())
            .thenComparing(MethodQuote::currency, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MethodQuote::amount, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MethodQuote::transitDaysMax, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(MethodQuote::methodId);

    /** Cached answers kept at most before the expired ones are swept out. */
    private static final int MAX_CACHED = 10_000;

    private static final Logger log = LoggerFactory.getLogger(FreightQuoteService.class);

    private final FreightQuoteMapper mapper;
    private final Carriers carriers;
    private final FreightQuoteSettings settings;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<CacheKey, Cached> cache = new ConcurrentHashMap<>();

    public FreightQuoteService(
            FreightQuoteMapper mapper, Carriers carriers, FreightQuoteSettings settings, Clock clock) {
        this.mapper = mapper;
        this.carriers = carriers;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(settings.threads(), work -> {
            Thread thread = new Thread(work, "freight-quotes-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** Every enabled method whose carrier quotes, cheapest first. */
    public List<MethodQuote> quotes(Order order) {
        return quotes(order, null);
    }

    /**
     * The methods among {@code methodIds} (every enabled one when null) that are enabled and whose carrier
     * quotes, cheapest first. Never inside a transaction: carriers are remote.
     */
    public List<MethodQuote> quotes(Order order, Collection<Long> methodIds) {
        Set<Long> wanted = methodIds == null ? null : Set.copyOf(methodIds);
        List<FreightQuoteMapper.QuotableMethod> methods = mapper.enabledMethods().stream()
                .filter(m -> wanted == null || wanted.contains(m.id()))
                .filter(m -> carriers.carrierCodes().contains(m.carrier()))
                .filter(m -> carriers.adapter(m.carrier()).supports(CarrierAdapter.Operation.QUOTE))
                .toList();
        if (methods.isEmpty()) {
            return List.of();
        }
        FreightQuoteMapper.OrderWeight weight = mapper.orderWeight(order.id());
        if (weight == null || weight.weightGrams() <= 0 || order.shipCountry() == null) {
            String why = order.shipCountry() == null
                    ? "the order has no destination country"
                    : "the order's lines have no SKU weight to price";
            return methods.stream()
                    .map(m -> unquoted(m, NO_WEIGHT, why))
                    .sorted(CHEAPEST_FIRST)
                    .toList();
        }
        QuoteRequest parcel = new QuoteRequest(
                order.shipCountry(),
                order.shipPostalCode(),
                (int) Math.min(Integer.MAX_VALUE, weight.weightGrams()),
                null,
                order.orderTotal(),
                order.currency(),
                null);
        Map<FreightQuoteMapper.QuotableMethod, CompletableFuture<RemoteOutcome<List<FreightQuote>>>> asked =
                new LinkedHashMap<>();
        for (FreightQuoteMapper.QuotableMethod m : methods) {
            asked.put(m, ask(m, parcel.forService(m.carrierServiceCode())));
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        List<MethodQuote> quotes = new ArrayList<>();
        for (Map.Entry<FreightQuoteMapper.QuotableMethod, CompletableFuture<RemoteOutcome<List<FreightQuote>>>> e :
                asked.entrySet()) {
            quotes.add(toMethodQuote(e.getKey(), await(e.getValue(), deadline)));
        }
        quotes.sort(CHEAPEST_FIRST);
        return List.copyOf(quotes);
    }

    private CompletableFuture<RemoteOutcome<List<FreightQuote>>> ask(
            FreightQuoteMapper.QuotableMethod method, QuoteRequest request) {
        CacheKey key = new CacheKey(method.carrierAccountId(), request);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && cached.until().isAfter(now)) {
            return CompletableFuture.completedFuture(cached.outcome());
        }
        return CompletableFuture.supplyAsync(
                () -> {
                    CarrierAccess access = carriers.access(carriers.account(method.carrierAccountId()));
                    RemoteOutcome<List<FreightQuote>> outcome =
                            carriers.adapter(method.carrier()).quote(access, request);
                    if (outcome instanceof RemoteOutcome.Succeeded<List<FreightQuote>>
                            && !settings.cacheFor().isZero()) {
                        Instant at = clock.instant();
                        if (cache.size() >= MAX_CACHED) {
                            cache.values().removeIf(c -> !c.until().isAfter(at));
                        }
                        cache.put(key, new Cached(outcome, at.plus(settings.cacheFor())));
                    }
                    return outcome;
                },
                executor);
    }

    private RemoteOutcome<List<FreightQuote>> await(
            CompletableFuture<RemoteOutcome<List<FreightQuote>>> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return RemoteOutcome.unknown(
                    "the carrier did not answer within " + settings.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RemoteOutcome.unknown("interrupted while waiting for the carrier");
        } catch (ExecutionException e) {
            log.warn("Asking a carrier for a quote failed", e.getCause());
            return RemoteOutcome.unknown(
                    "asking the carrier failed: " + e.getCause().getMessage());
        }
    }

    private static MethodQuote toMethodQuote(
            FreightQuoteMapper.QuotableMethod m, RemoteOutcome<List<FreightQuote>> outcome) {
        if (outcome instanceof RemoteOutcome.Rejected<List<FreightQuote>> r) {
            return unquoted(m, r.code(), r.message());
        }
        if (outcome instanceof RemoteOutcome.Unknown<List<FreightQuote>> u) {
            return unquoted(m, NO_ANSWER, u.cause());
        }
        return ((RemoteOutcome.Succeeded<List<FreightQuote>>) outcome)
                .value().stream()
                        .filter(q -> m.carrierServiceCode().equalsIgnoreCase(q.serviceCode()))
                        .findFirst()
                        .map(q -> q.quoted()
                                ? new MethodQuote(
                                        m.id(),
                                        m.code(),
                                        m.name(),
                                        m.carrier(),
                                        m.handoverHours(),
                                        q.amount(),
                                        q.currency(),
                                        q.transitDaysMin(),
                                        q.transitDaysMax(),
                                        null,
                                        null)
                                : unquoted(m, q.refusalCode(), q.refusal()))
                        .orElseGet(() -> unquoted(
                                m,
                                FreightQuote.NOT_OFFERED,
                                "the carrier gave no price for " + m.carrierServiceCode()));
    }

    private static MethodQuote unquoted(FreightQuoteMapper.QuotableMethod m, String code, String reason) {
        return new MethodQuote(
                m.id(), m.code(), m.name(), m.carrier(), m.handoverHours(), null, null, null, null, code, reason);
    }

    /** Forgets every cached price (a test moves the carriers' prices). */
    public void forget() {
        cache.clear();
    }

    private record CacheKey(long accountId, QuoteRequest request) {}

    private record Cached(RemoteOutcome<List<FreightQuote>> outcome, Instant until) {}
}
