package io.junction.rules;

import io.junction.audit.AuditService;
import io.junction.job.ForegroundGate;
import io.junction.logistics.MethodQuote;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderBatchMapper;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.OrdersArrived;
import io.junction.order.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the enabled rules and the checks on orders: on every new order once its intake page commits (in the
 * background, one thread, so the intake is not slowed), and on a selection when a person asks. A batch is
 * read in a fixed number of queries ({@link RuleFactsLoader}) and decided in memory ({@link RuleEngine}); the
 * orders the decisions change are changed together in one transaction, locked in id order, with a statement or two
 * per kind of change, every change guarded and recorded by a history row in the name of the rule
 * ({@code rule: <name>}) or check ({@code check: <name>}). An order that changed since it was read, or all of them
 * should that transaction fail, gets a transaction of its own.
 */
@Service
public class RuleRunner implements DisposableBean {

    /** Orders read and decided at once. */
    public static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(RuleRunner.class);
    private static final Set<OrderStatus> FINAL = EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED);

    private final RuleStore store;
    private final RuleMapper rules;
    private final RuleRowWriter rows;
    private final RuleFactsLoader facts;
    private final RuleEngine engine;
    private final RuleCheckSettings settings;
    private final OrderMapper orders;
    private final OrderBatchMapper orderLocks;
    private final OrderTransitions transitions;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CheapestMethodChooser cheapest;
    private final ForegroundGate foreground;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "order-rules");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService reader = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "order-rules-read");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService applier = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "order-rules-apply");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> arrived = new LinkedHashSet<>();

    public RuleRunner(
            RuleStore store,
            RuleMapper rules,
            RuleRowWriter rows,
            RuleFactsLoader facts,
            RuleEngine engine,
            RuleCheckSettings settings,
            OrderMapper orders,
            OrderBatchMapper orderLocks,
            OrderTransitions transitions,
            AuditService audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            CheapestMethodChooser cheapest,
            ForegroundGate foreground) {
        this.store = store;
        this.rules = rules;
        this.rows = rows;
        this.facts = facts;
        this.engine = engine;
        this.settings = settings;
        this.orders = orders;
        this.orderLocks = orderLocks;
        this.transitions = transitions;
        this.audit = audit;
        // batches are applied two at a time: neither may hold a gap of the index of matches the other inserts into
        this.transactions = new TransactionTemplate(transactionManager);
        transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.cheapest = cheapest;
        this.foreground = foreground;
    }

    /**
     * What a run did.
     *
     * @param evaluated orders the rules were run on (shipped and cancelled ones are skipped)
     * @param matched orders some rule matched or some check held
     * @param changed orders the run changed
     * @param failed orders whose changes could not be made (changed meanwhile, …), with the reason
     */
    public record Run(int evaluated, List<Long> matched, List<Long> changed, List<BatchActionResult.Failure> failed) {}

    /** What a rule would do now, unsaved: how many orders it would match, and the first few. */
    public record DryRun(long matching, long examined, List<Long> sample) {}

    @TransactionalEventListener
    public void onOrdersArrived(OrdersArrived event) {
        synchronized (this) {
            arrived.addAll(event.orderIds());
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            log.debug("Not running the rules on new orders: the application is stopping");
        }
    }

    /**
     * Waits until the rules have run on every order that arrived before this call (tests and benchmarks: the
     * rules run on new orders in the background).
     */
    public void awaitArrived(Duration patience) {
        try {
            executor.submit(() -> {}).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran on new orders", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the rules did not finish on new orders within " + patience, e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        reader.shutdownNow();
        applier.shutdownNow();
    }

    /** Runs the rules on whatever arrived since the last drain, a batch at a time. */
    void drain() {
        while (true) {
            List<Long> batch;
            synchronized (this) {
                batch = arrived.stream().limit(BATCH).toList();
                batch.forEach(arrived::remove);
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                run(batch);
            } catch (RuntimeException e) {
                log.error("Running the rules on new orders {} failed", batch, e);
            }
        }
    }

    /** Runs the enabled rules and the checks on these orders, a batch at a time. */
    public Run run(List<Long> orderIds) {
        List<Rule> enabled = store.all().stream().filter(Rule::enabled).toList();
        return run(orderIds, enabled, true);
    }

    private Run run(List<Long> orderIds, List<Rule> enabled, boolean apply) {
        if (enabled.isEmpty() && !settings.enabled()) {
            return new Run(0, List.of(), List.of(), List.of());
        }
        Map<Long, RuleMapper.MethodCarrier> methods =
                rules.methods().stream().collect(Collectors.toMap(RuleMapper.MethodCarrier::id, m -> m));
        Map<Long, String> carriers = carriersOfEnabled(methods.values());
        List<BlacklistEntry> blacklist = rules.blacklist();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(orderIds));
        int evaluated = 0;
        List<Long> matched = new ArrayList<>();
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        Reads reads = new Reads(batches, carriers);
        Applies applies = new Applies(methods);
        try {
            for (int b = 0; b < batches.size(); b++) {
                Read read = reads.take(b);
                Instant now = clock.instant();
                Map<Long, List<RuleMapper.RuleMatch>> before = read.before();
                List<Decided> toApply = new ArrayList<>();
                for (OrderFacts f : read.facts()) {
                    if (FINAL.contains(f.order().status())) {
                        continue;
                    }
                    evaluated++;
                    RuleDecision decision = engine.decide(enabled, f, blacklist, carriers::get, now);
                    CheapestMethodChooser.Choice choice = null;
                    if (apply && decision.cheapest() != null) {
                        // the carriers are asked here, outside any transaction; the order's own update follows
                        choice = cheapest.choose(f.order(), decision.cheapest().value(), now);
                        if (choice.chosen() != null) {
                            decision = engine.decide(
                                    enabled,
                                    f,
                                    blacklist,
                                    carriers::get,
                                    now,
                                    Map.of(
                                            decision.cheapest().rule().id(),
                                            choice.chosen().methodId()));
                        }
                    }
                    RuleDecision decided = decision;
                    CheapestMethodChooser.Choice chosen = choice;
                    if (!decision.matched().isEmpty() || !decision.failures().isEmpty()) {
                        matched.add(f.order().id());
                    }
                    List<RuleMapper.RuleMatch> had =
                            before.getOrDefault(f.order().id(), List.of());
                    if (apply && !(decision.changesNothing() && sameRules(had, decision.matched()))) {
                        toApply.add(new Decided(f.order(), decided, chosen, had));
                    }
                }
                reads.readAhead(b + 1);
                applies.begin(toApply, now);
            }
            applies.awaitAll();
        } finally {
            reads.cancel();
            applies.cancel();
        }
        return new Run(evaluated, matched, applies.changed, applies.failed);
    }

    /**
     * Applies a run's batches, each as soon as it is decided, two at a time (on threads of their own, {@code
     * order-rules-apply}), so that the database writes two batches at once; each batch's orders are in no other
     * batch. A run inside a caller's transaction applies in it, one batch at a time, and so does a run while the
     * packing stations on this node are busy ({@link ForegroundGate}). What the batches changed and refused is
     * gathered in the order of the batches.
     */
    private final class Applies {

        private final Map<Long, RuleMapper.MethodCarrier> methods;
        private final boolean concurrent =
                !TransactionSynchronizationManager.isActualTransactionActive() && !foreground.busy();
        private final List<Future<Applied>> begun = new ArrayList<>();
        private int gathered;
        final List<Long> changed = new ArrayList<>();
        final List<BatchActionResult.Failure> failed = new ArrayList<>();

        Applies(Map<Long, RuleMapper.MethodCarrier> methods) {
            this.methods = methods;
        }

        /** Begins applying a batch, once the one before the one before it is through. */
        void begin(List<Decided> decided, Instant now) {
            if (begun.size() - gathered >= 2) {
                gather(begun.get(gathered));
            }
            if (concurrent) {
                try {
                    begun.add(applier.submit(() -> apply(decided, now)));
                    return;
                } catch (RejectedExecutionException stopping) {
                    // the application is stopping: the batch is applied here
                }
            }
            begun.add(CompletableFuture.completedFuture(apply(decided, now)));
        }

        void awaitAll() {
            while (gathered < begun.size()) {
                gather(begun.get(gathered));
            }
        }

        /** Stops the batches begun that no one will gather (a run that failed). */
        void cancel() {
            begun.subList(gathered, begun.size()).forEach(f -> f.cancel(true));
        }

        private Applied apply(List<Decided> decided, Instant now) {
            Applied applied = new Applied(new ArrayList<>(), new ArrayList<>());
            applyBatch(decided, methods, now, applied.changed(), applied.failed());
            return applied;
        }

        private void gather(Future<Applied> batch) {
            try {
                Applied applied = batch.get();
                changed.addAll(applied.changed());
                failed.addAll(applied.failed());
                gathered++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rules applied a batch", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /** What applying a batch changed and refused. */
    private record Applied(List<Long> changed, List<BatchActionResult.Failure> failed) {}

    /** A batch as the rules read it: what matched each order the last time, and the orders' facts. */
    private record Read(Map<Long, List<RuleMapper.RuleMatch>> before, List<OrderFacts> facts) {}

    /**
     * Reads a run's batches, each while the one before it is applied (on a thread of its own, {@code
     * order-rules-read}), so that the database reads the next batch while this one's changes are written. Orders a
     * batch changes are in no other batch, and each change is guarded by the order's version as it was read. A run
     * inside a caller's transaction reads in it, one batch at a time, so that it sees what the caller wrote.
     */
    private final class Reads {

        private final List<List<Long>> batches;
        private final Map<Long, String> carriers;
        private final boolean aheadAllowed = !TransactionSynchronizationManager.isActualTransactionActive();
        private Future<Read> next;

        Reads(List<List<Long>> batches, Map<Long, String> carriers) {
            this.batches = batches;
            this.carriers = carriers;
        }

        /** Batch {@code b}'s read: read ahead if {@link #readAhead} began it, else now. */
        Read take(int b) {
            Future<Read> ahead = next;
            next = null;
            return ahead == null ? read(batches.get(b)) : await(ahead);
        }

        /** Begins reading batch {@code b}, if there is one, while the caller applies the one before it. */
        void readAhead(int b) {
            if (aheadAllowed && b < batches.size()) {
                try {
                    next = reader.submit(() -> read(batches.get(b)));
                } catch (RejectedExecutionException stopping) {
                    next = null; // the application is stopping: the batch is read when taken
                }
            }
        }

        /** Stops a read begun ahead that no one will take (a run that failed). */
        void cancel() {
            if (next != null) {
                next.cancel(true);
            }
        }

        private Read read(List<Long> batch) {
            Map<Long, List<RuleMapper.RuleMatch>> before =
                    rules.matches(batch).stream().collect(Collectors.groupingBy(RuleMapper.RuleMatch::orderId));
            return new Read(
                    before,
                    facts.load(batch, carriers, settings.duplicateWindow().toSeconds()));
        }

        private static Read await(Future<Read> read) {
            try {
                return read.get();
            } catch (InterruptedException e) {
                read.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rules read a batch", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    /** An order as the rules read it, what they decided, and what matched it the last time. */
    private record Decided(
            Order order, RuleDecision decision, CheapestMethodChooser.Choice choice, List<RuleMapper.RuleMatch> had) {}

    /**
     * Applies the decisions: several set-wise in one transaction, and then one by one, each in a transaction of its
     * own, those that changed since they were read (refused as changed meanwhile), or all of them should the
     * set-wise transaction fail (a deadlock, say).
     */
    private void applyBatch(
            List<Decided> decided,
            Map<Long, RuleMapper.MethodCarrier> methods,
            Instant now,
            List<Long> changed,
            List<BatchActionResult.Failure> failed) {
        // a method chosen by its quote is noted with its price, order by order
        List<Decided> setWise = decided.stream().filter(d -> d.choice() == null).toList();
        List<Decided> oneByOne = new ArrayList<>(decided);
        if (setWise.size() > 1) {
            try {
                List<Decided> stale = new ArrayList<>();
                List<Long> did = transactions.execute(status -> applySetWise(setWise, methods, now, stale));
                changed.addAll(did);
                oneByOne = new ArrayList<>(stale);
                decided.stream().filter(d -> d.choice() != null).forEach(oneByOne::add);
            } catch (RuntimeException setWiseFailed) {
                log.warn(
                        "Applying the rules to {} orders at once failed; applying them one by one",
                        decided.size(),
                        setWiseFailed);
            }
        }
        for (Decided d : oneByOne) {
            long id = d.order().id();
            try {
                boolean did = Boolean.TRUE.equals(transactions.execute(
                        status -> apply(d.order(), d.decision(), d.choice(), d.had(), methods, now)));
                if (did) {
                    changed.add(id);
                }
            } catch (OrderActionException refused) {
                failed.add(new BatchActionResult.Failure(id, refused.getMessage(), refused.refusal()));
            } catch (RuntimeException unexpected) {
                log.error("Rules on order {} failed", id, unexpected);
                failed.add(new BatchActionResult.Failure(id, "Unexpected error: " + unexpected.getMessage()));
            }
        }
    }

    /**
     * Applies the decisions set-wise in the caller's transaction, as {@link #apply(Order, RuleDecision,
     * CheapestMethodChooser.Choice, List, Map, Instant)} applies one, with the same history rows: the orders locked in
     * id order, those still as they were read changed with a statement or two per kind of change (matches, each method,
     * tags, each priority, each move), and the others left in {@code stale}. Answers the orders changed beyond their
     * matches.
     */
    private List<Long> applySetWise(
            List<Decided> decided, Map<Long, RuleMapper.MethodCarrier> methods, Instant now, List<Decided> stale) {
        Map<Long, Order> locked = new HashMap<>();
        orderLocks.lockByIds(decided.stream().map(d -> d.order().id()).toList()).forEach(o -> locked.put(o.id(), o));
        List<Decided> fresh = new ArrayList<>();
        for (Decided d : decided) {
            Order current = locked.get(d.order().id());
            if (current != null
                    && current.version() == d.order().version()
                    && current.status() == d.order().status()) {
                fresh.add(d);
            } else {
                stale.add(d);
            }
        }
        Set<Long> changed = new LinkedHashSet<>();
        List<Decided> rematched = fresh.stream()
                .filter(d -> !sameRules(d.had(), d.decision().matched()))
                .toList();
        if (!rematched.isEmpty()) {
            List<Long> hadMatches = rematched.stream()
                    .filter(d -> !d.had().isEmpty())
                    .map(d -> d.order().id())
                    .toList();
            if (!hadMatches.isEmpty()) {
                rules.deleteMatchesOf(hadMatches);
            }
            List<RuleMapper.RuleMatch> matches = new ArrayList<>();
            rematched.forEach(d -> d.decision()
                    .matched()
                    .forEach(rule -> matches.add(
                            new RuleMapper.RuleMatch(d.order().id(), rule.id(), rule.name(), rule.kind(), now))));
            rows.insertMatches(matches);
        }
        Moves moves = moves(fresh);
        // the history of each order in the order the one-by-one apply writes it: method, tags, priority, move
        Notes notes = new Notes();
        Map<Long, List<Decided>> byMethod = new LinkedHashMap<>();
        // an order that also moves gets its method in the update that moves it: its row and indexes change once
        Map<Long, Long> movedWithMethod = new HashMap<>();
        fresh.stream()
                .filter(d -> d.decision().method() != null)
                .forEach(d -> byMethod.computeIfAbsent(d.decision().method().value(), m -> new ArrayList<>())
                        .add(d));
        byMethod.forEach((methodId, those) -> {
            List<Long> staying = new ArrayList<>();
            for (Decided d : those) {
                if (moves.moving().contains(d.order().id())) {
                    movedWithMethod.put(d.order().id(), methodId);
                } else {
                    staying.add(d.order().id());
                }
            }
            int set = staying.isEmpty() ? 0 : rules.setMethods(staying, methodId, RuleEngine.BEFORE_ALLOCATION, now);
            if (set != staying.size()) {
                throw new IllegalStateException(
                        "set the method of " + set + " of " + staying.size() + " locked orders");
            }
            RuleMapper.MethodCarrier m = methods.get(methodId);
            those.forEach(d -> notes.add(
                    d.decision().method().rule().actor(),
                    "set method " + (m == null ? methodId : m.name() + " (" + m.code() + ")"),
                    d.order()));
            those.forEach(d -> changed.add(d.order().id()));
        });
        List<Decided> tagging =
                fresh.stream().filter(d -> !d.decision().addTags().isEmpty()).toList();
        if (!tagging.isEmpty()) {
            Map<Long, Set<String>> has = new HashMap<>();
            rules.tags(tagging.stream().map(d -> d.order().id()).toList())
                    .forEach(t -> has.computeIfAbsent(t.orderId(), k -> new HashSet<>())
                            .add(t.tag()));
            List<RuleMapper.OrderTag> added = new ArrayList<>();
            for (Decided d : tagging) {
                Set<String> its = has.getOrDefault(d.order().id(), Set.of());
                d.decision().addTags().forEach((tag, rule) -> {
                    if (!its.contains(tag)) {
                        added.add(new RuleMapper.OrderTag(d.order().id(), tag));
                        notes.add(rule.actor(), "add tag " + tag, d.order());
                        changed.add(d.order().id());
                    }
                });
            }
            if (!added.isEmpty() && rules.insertTags(added) != added.size()) {
                throw new IllegalStateException("a tag was added while the orders were locked");
            }
        }
        Map<Integer, List<Decided>> byPriority = new LinkedHashMap<>();
        fresh.stream()
                .filter(d -> d.decision().priority() != null)
                .forEach(d -> byPriority
                        .computeIfAbsent(d.decision().priority().value(), p -> new ArrayList<>())
                        .add(d));
        byPriority.forEach((priority, those) -> {
            rules.setPriorities(those.stream().map(d -> d.order().id()).toList(), priority);
            those.forEach(
                    d -> notes.add(d.decision().priority().rule().actor(), "set priority " + priority, d.order()));
            those.forEach(d -> changed.add(d.order().id()));
        });
        notes.write(transitions);
        // the moving orders are as locked above: neither the tags nor the priorities count a change of an order
        moves.holds()
                .forEach((actorAndWhy, ids) -> transitions.moveLockedSettingMethods(
                        ids.stream().map(locked::get).toList(),
                        OrderStatus.ON_HOLD,
                        actorAndWhy.get(0),
                        order -> actorAndWhy.get(1),
                        movedWithMethod));
        moves.approvals()
                .forEach((actor, ids) ->
                        audit.reviewLocked(ids.stream().map(locked::get).toList(), actor, "approve", movedWithMethod));
        changed.addAll(moves.moving());
        return List.copyOf(changed);
    }

    /** The orders the rules hold, by actor and reason, and those they approve, by actor. */
    private record Moves(Map<List<String>, List<Long>> holds, Map<String, List<Long>> approvals, Set<Long> moving) {}

    private static Moves moves(List<Decided> fresh) {
        Map<List<String>, List<Long>> holds = new LinkedHashMap<>();
        Map<String, List<Long>> approvals = new LinkedHashMap<>();
        Set<Long> moving = new LinkedHashSet<>();
        for (Decided d : fresh) {
            RuleDecision r = d.decision();
            if (!r.failures().isEmpty()) {
                String why = r.failures().stream().map(CheckFailure::text).collect(Collectors.joining("; "));
                holds.computeIfAbsent(List.of(r.failures().get(0).actor(), why), k -> new ArrayList<>())
                        .add(d.order().id());
            } else if (r.hold() != null) {
                holds.computeIfAbsent(
                                List.of(
                                        r.hold().actor(),
                                        "hold: " + r.hold().actions().hold()),
                                k -> new ArrayList<>())
                        .add(d.order().id());
            } else if (r.approve() != null) {
                approvals
                        .computeIfAbsent(r.approve().actor(), k -> new ArrayList<>())
                        .add(d.order().id());
            } else {
                continue;
            }
            moving.add(d.order().id());
        }
        return new Moves(holds, approvals, moving);
    }

    /** History rows that change no status, gathered to be written a statement per actor and text. */
    private static final class Notes {
        private final Map<List<String>, List<Order>> rows = new LinkedHashMap<>();

        void add(String actor, String text, Order order) {
            rows.computeIfAbsent(List.of(actor, text), k -> new ArrayList<>()).add(order);
        }

        void write(OrderTransitions transitions) {
            rows.forEach(
                    (actorAndText, orders) -> transitions.noteAll(orders, actorAndText.get(0), actorAndText.get(1)));
        }
    }

    private static boolean sameRules(List<RuleMapper.RuleMatch> had, List<Rule> now) {
        return had.stream()
                .map(RuleMapper.RuleMatch::ruleId)
                .collect(Collectors.toSet())
                .equals(now.stream().map(Rule::id).collect(Collectors.toSet()));
    }

    /** The carrier of each method a rule may choose now: a switched-off method has none, so its rules pass. */
    private static Map<Long, String> carriersOfEnabled(Collection<RuleMapper.MethodCarrier> methods) {
        Map<Long, String> carriers = new HashMap<>();
        methods.stream().filter(RuleMapper.MethodCarrier::enabled).forEach(m -> carriers.put(m.id(), m.carrier()));
        return carriers;
    }

    /** Applies one order's decision in the caller's transaction; whether anything but the matches changed. */
    private boolean apply(
            Order seen,
            RuleDecision d,
            CheapestMethodChooser.Choice choice,
            List<RuleMapper.RuleMatch> had,
            Map<Long, RuleMapper.MethodCarrier> methods,
            Instant now) {
        long id = seen.id();
        Order order = seen;
        // locked first: two runs on one order (a new order's run and a clerk's) wait for each other instead of both
        // holding it shared (a match's foreign key) and then each waiting for the other to update it; what changed
        // since it was read is refused by the guarded method and move below, as before
        orderLocks.lockByIds(List.of(id));
        boolean changed = false;
        if (!sameRules(had, d.matched())) {
            rules.deleteMatches(id);
            for (Rule rule : d.matched()) {
                rules.insertMatch(new RuleMapper.RuleMatch(id, rule.id(), rule.name(), rule.kind(), now));
            }
        }
        if (d.method() != null) {
            RuleMapper.MethodCarrier m = methods.get(d.method().value());
            if (rules.setMethod(id, order.version(), d.method().value(), RuleEngine.BEFORE_ALLOCATION, now) == 0) {
                throw changedMeanwhile(order);
            }
            order = orders.findById(id);
            String set = "set method " + (m == null ? d.method().value() : m.name() + " (" + m.code() + ")");
            if (choice != null
                    && choice.chosen() != null
                    && choice.chosen().methodId() == d.method().value()) {
                set += ": the cheapest of " + choice.considered().size() + " quoted, "
                        + choice.chosen().price() + transit(choice.chosen());
            }
            transitions.note(order, d.method().rule().actor(), set);
            changed = true;
        } else if (d.cheapest() != null && choice != null) {
            transitions.note(
                    order, d.cheapest().rule().actor(), "no cheapest method chosen, method unchanged: " + choice.why());
            changed = true;
        }
        for (Map.Entry<String, Rule> tag : d.addTags().entrySet()) {
            if (rules.insertTag(id, tag.getKey()) == 1) {
                transitions.note(order, tag.getValue().actor(), "add tag " + tag.getKey());
                changed = true;
            }
        }
        if (d.priority() != null) {
            rules.setPriority(id, d.priority().value());
            transitions.note(
                    order,
                    d.priority().rule().actor(),
                    "set priority " + d.priority().value());
            changed = true;
        }
        if (!d.failures().isEmpty()) {
            String why = d.failures().stream().map(CheckFailure::text).collect(Collectors.joining("; "));
            transitions.move(order, OrderStatus.ON_HOLD, d.failures().get(0).actor(), why);
            changed = true;
        } else if (d.hold() != null) {
            transitions.move(
                    order,
                    OrderStatus.ON_HOLD,
                    d.hold().actor(),
                    "hold: " + d.hold().actions().hold());
            changed = true;
        } else if (d.approve() != null) {
            audit.review(order, d.approve().actor(), "approve");
            changed = true;
        }
        return changed;
    }

    private static String transit(MethodQuote q) {
        if (q.transitDaysMin() == null) {
            return "";
        }
        return q.transitDaysMin().equals(q.transitDaysMax())
                ? ", " + q.transitDaysMin() + " days"
                : ", " + q.transitDaysMin() + "-" + q.transitDaysMax() + " days";
    }

    private static OrderActionException changedMeanwhile(Order order) {
        return new OrderActionException(
                order.id(),
                Refusal.of(Refusal.CHANGED_MEANWHILE, order.status()),
                "Order changed while the rules ran on it; run them again");
    }

    /**
     * How many orders the rule would match now, unsaved: AUDIT rules among the orders waiting for review,
     * LOGISTICS rules among those not yet allocated. Walks them a batch at a time.
     */
    public DryRun dryRun(Rule rule) {
        Set<OrderStatus> statuses =
                rule.kind() == RuleKind.AUDIT ? EnumSet.of(OrderStatus.PENDING_AUDIT) : RuleEngine.BEFORE_ALLOCATION;
        Map<Long, String> carriers = carriersOfEnabled(rules.methods());
        Instant now = clock.instant();
        long matching = 0;
        long examined = 0;
        List<Long> sample = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Long> page = rules.orderIdsIn(statuses, after, BATCH);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1);
            for (OrderFacts f :
                    facts.load(page, carriers, settings.duplicateWindow().toSeconds())) {
                examined++;
                if (rule.conditions().matches(f, now)) {
                    matching++;
                    if (sample.size() < 20) {
                        sample.add(f.order().id());
                    }
                }
            }
        }
        return new DryRun(matching, examined, sample);
    }

    /** Which rules matched each order the last time the rules ran on it. */
    public Map<Long, List<RuleMapper.RuleMatch>> matchesOf(List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return rules.matches(orderIds).stream().collect(Collectors.groupingBy(RuleMapper.RuleMatch::orderId));
    }
}
