package io.junction.quarantine;

import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.Channels;
import io.junction.channel.OrderPage;
import io.junction.channel.ShopAccess;
import io.junction.order.OrderMapper;
import io.junction.order.RefusedArgumentException;
import io.junction.secret.Redaction;
import io.junction.shop.Shop;
import io.junction.shop.ShopScope;
import io.junction.shop.ShopService;
import io.junction.sync.OrderIntake;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles quarantined orders. A retry reads the order again from its platform, once the cause is
 * fixed (on the platform, or in Junction by an upgrade), and ingests it like any synced page: it
 * becomes an order, or stays quarantined with what the platform sends now. A person may instead
 * dismiss an entry that needs no order, saying why. The platform is asked outside any transaction.
 */
@Service
public class QuarantineService {

    private static final Logger log = LoggerFactory.getLogger(QuarantineService.class);

    private final QuarantineMapper mapper;
    private final Quarantine quarantine;
    private final ShopService shops;
    private final Channels channels;
    private final OrderIntake intake;
    private final OrderMapper orders;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ShopScope scope;

    public QuarantineService(
            QuarantineMapper mapper,
            Quarantine quarantine,
            ShopService shops,
            Channels channels,
            OrderIntake intake,
            OrderMapper orders,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ShopScope scope) {
        this.mapper = mapper;
        this.quarantine = quarantine;
        this.shops = shops;
        this.channels = channels;
        this.intake = intake;
        this.orders = orders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.scope = scope;
    }

    /** No entry of that id in scope: {@code (id)}. */
    public static final String NO_SUCH_ENTRY = "quarantine-no-such-entry";
    /** A dismissal without a reason, or with one too long: {@code (max, id)}. */
    public static final String NOTE_REQUIRED = "quarantine-note-required";

    /**
     * What one retry found.
     *
     * @param status OPEN when the order is still unreadable or gone from the platform
     * @param orderId the order it became, when RESOLVED
     */
    public record Retry(long id, QuarantineStatus status, Long orderId, String outcome) {}

    /** What a retry of many did, entry by entry. */
    public record Retries(List<Retry> retried, List<Refusal> refused) {}

    /**
     * An entry that could not be retried, and why: {@code reason} in English, {@code refusal} its code
     * and arguments (null for an unforeseen failure).
     */
    public record Refusal(long id, String reason, io.junction.order.Refusal refusal) {

        public Refusal(long id, String reason) {
            this(id, reason, null);
        }
    }

    /** The newest {@code limit} entries in scope, of one shop or all, in one status or all. */
    public List<QuarantinedOrder> list(Long shopId, QuarantineStatus status, int limit) {
        return mapper.list(shopId, scope.shopIds(), status, limit);
    }

    /** How many entries in scope each status holds, of one shop or all. */
    public List<QuarantineMapper.StatusCount> countByStatus(Long shopId) {
        return mapper.countByStatus(shopId, scope.shopIds());
    }

    public QuarantinedOrder get(long id) {
        return scope.require(mapper.findById(id), QuarantinedOrder::shopId, "no quarantined order " + id);
    }

    /**
     * Reads the entry's order again from its platform and ingests what comes back.
     *
     * @throws QuarantineRefusedException when the entry is settled, has no order id, its shop is
     *     disabled, or its platform could not be asked (the entry counts the attempt)
     */
    public Retry retry(long id, String actor) {
        QuarantinedOrder entry = get(id);
        if (entry.status() != QuarantineStatus.OPEN) {
            throw new QuarantineRefusedException(
                    entry.orderId() == null
                            ? io.junction.order.Refusal.of(QuarantineRefusedException.SETTLED, id, entry.status())
                            : io.junction.order.Refusal.of(
                                    QuarantineRefusedException.SETTLED_AS_ORDER, id, entry.status(), entry.orderId()),
                    "quarantined order " + id + " is " + entry.status()
                            + (entry.orderId() == null ? "" : " as order " + entry.orderId()) + ": nothing to retry",
                    false);
        }
        if (entry.platformOrderId() == null) {
            throw new QuarantineRefusedException(
                    io.junction.order.Refusal.of(QuarantineRefusedException.NO_PLATFORM_ORDER_ID, id),
                    "the platform sent no order id with quarantined payload " + id
                            + ", so it cannot be read again: handle it on the platform, then dismiss it",
                    false);
        }
        Shop shop = shops.get(entry.shopId());
        if (!shop.enabled()) {
            throw new QuarantineRefusedException(
                    io.junction.order.Refusal.of(QuarantineRefusedException.SHOP_DISABLED, shop.name()),
                    "shop " + shop.name() + " is disabled: enable it to retry its orders",
                    false);
        }
        OrderPage page;
        ShopAccess access = shops.access(shop);
        try {
            page = channels.connector(shop.platform()).fetchOrder(access, entry.platformOrderId());
        } catch (ChannelException e) {
            // a platform's error may echo the request, and with it the shop's credentials
            String said = Redaction.of(access.credentials()).apply(e.getMessage());
            String outcome = Quarantine.clip("could not ask " + shop.platform() + ": " + said);
            quarantine.recordRetry(id, clock.instant(), outcome);
            throw new QuarantineRefusedException(
                    io.junction.order.Refusal.of(
                            QuarantineRefusedException.PLATFORM_UNREACHABLE, shop.platform(), Quarantine.clip(said)),
                    outcome,
                    true);
        }
        return transactions.execute(status -> settle(entry, shop, page, actor));
    }

    /** Retries each entry in turn; one entry's refusal never stops the others. */
    public Retries retryAll(List<Long> ids, String actor) {
        List<Retry> retried = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            try {
                retried.add(retry(id, actor));
            } catch (QuarantineRefusedException e) {
                refused.add(new Refusal(id, e.getMessage(), e.refusal()));
            } catch (NoSuchElementException e) {
                refused.add(new Refusal(id, e.getMessage(), io.junction.order.Refusal.of(NO_SUCH_ENTRY, id)));
            } catch (RuntimeException unexpected) {
                log.error("Retry of quarantined order {} failed unexpectedly", id, unexpected);
                refused.add(new Refusal(id, "unexpected error: " + unexpected.getMessage()));
            }
        }
        return new Retries(retried, refused);
    }

    /**
     * Settles an open entry without an order, with the person's reason.
     *
     * @throws IllegalArgumentException without a reason
     * @throws QuarantineRefusedException when the entry is settled already
     */
    public QuarantinedOrder dismiss(long id, String actor, String note) {
        if (note == null || note.isBlank() || note.strip().length() > Quarantine.MAX_TEXT) {
            throw new RefusedArgumentException(
                    io.junction.order.Refusal.of(NOTE_REQUIRED, Quarantine.MAX_TEXT, id),
                    "say in at most " + Quarantine.MAX_TEXT + " characters why quarantined order " + id
                            + " needs no order");
        }
        QuarantinedOrder entry = get(id);
        if (mapper.dismiss(id, actor, clock.instant(), note.strip()) != 1) {
            QuarantineStatus now = get(id).status();
            throw new QuarantineRefusedException(
                    io.junction.order.Refusal.of(QuarantineRefusedException.ALREADY_SETTLED, id, now),
                    "quarantined order " + id + " is " + now + " already: nothing to dismiss",
                    false);
        }
        return get(entry.id());
    }

    private Retry settle(QuarantinedOrder entry, Shop shop, OrderPage page, String actor) {
        Instant now = clock.instant();
        String platformOrderId = entry.platformOrderId();
        boolean readable =
                page.orders().stream().map(ChannelOrder::platformOrderId).anyMatch(platformOrderId::equals);
        if (readable) {
            intake.ingest(shop, page);
            long orderId = orders.findByPlatformId(shop.id(), platformOrderId).id();
            String outcome = "read again from " + shop.platform() + " by " + actor + ": order " + orderId;
            if (mapper.resolveRetried(entry.id(), orderId, actor, now, outcome) != 1) {
                throw new QuarantineRefusedException(
                        io.junction.order.Refusal.of(QuarantineRefusedException.DISMISSED_MEANWHILE, entry.id()),
                        "quarantined order " + entry.id() + " was dismissed meanwhile",
                        false);
            }
            return new Retry(entry.id(), QuarantineStatus.RESOLVED, orderId, outcome);
        }
        Optional<OrderPage.MalformedOrder> again = page.malformed().stream()
                .filter(bad -> platformOrderId.equals(bad.platformOrderId()))
                .findFirst();
        String outcome = again.map(bad -> Quarantine.clip("still unreadable: " + bad.reason()))
                .orElse(shop.platform() + " no longer has order " + platformOrderId
                        + ": dismiss it if it needs no order");
        if (again.isPresent()) {
            quarantine.recordMalformedAgain(entry.id(), now, outcome, again.get());
        } else {
            quarantine.recordRetry(entry.id(), now, outcome);
        }
        return new Retry(entry.id(), QuarantineStatus.OPEN, null, outcome);
    }
}
