package io.junction.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The workbench's own marks on orders, in batches: tags, priority (higher = more urgent) and the seller's note
 * (卖家备注). Each order changes in its own transaction with a history row; the order's row is locked first, so
 * that two clerks changing the same order's tags at once both get what they asked for.
 */
@Service
public class OrderMarks {

    /** How long a tag may be ({@code oms_order_tag.tag}). */
    public static final int MAX_TAG = 64;
    /** How long a seller note may be ({@code oms_order.seller_note}). */
    public static final int MAX_NOTE = 1000;
    /** The highest priority; 0 is the default, the lowest. */
    public static final int MAX_PRIORITY = 9;

    private final OrderBatchMapper marks;
    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final Clock clock;

    public OrderMarks(OrderBatchMapper marks, OrderTransitions transitions, BatchActionRunner batch, Clock clock) {
        this.marks = marks;
        this.transitions = transitions;
        this.batch = batch;
        this.clock = clock;
    }

    /** Adds the tags each order lacks. */
    public BatchActionResult addTags(List<Long> orderIds, List<String> tags, String actor) {
        return batch.run(orderIds, id -> {
            Order order = lock(id);
            List<String> added = new ArrayList<>();
            for (String tag : tags) {
                if (marks.addTag(id, tag) == 1) {
                    added.add(tag);
                }
            }
            if (!added.isEmpty()) {
                transitions.note(order, actor, "tags added: " + String.join(", ", added));
            }
        });
    }

    /** Removes the tags from each order that has them. */
    public BatchActionResult removeTags(List<Long> orderIds, List<String> tags, String actor) {
        return batch.run(orderIds, id -> {
            Order order = lock(id);
            List<String> removed = new ArrayList<>();
            for (String tag : tags) {
                if (marks.removeTag(id, tag) == 1) {
                    removed.add(tag);
                }
            }
            if (!removed.isEmpty()) {
                transitions.note(order, actor, "tags removed: " + String.join(", ", removed));
            }
        });
    }

    /** Sets each order's priority. */
    public BatchActionResult setPriority(List<Long> orderIds, int priority, String actor) {
        return batch.run(orderIds, id -> {
            Order order = transitions.load(id);
            if (order.priority() != priority) {
                marks.setPriority(id, priority, clock.instant());
                transitions.note(order, actor, "priority " + order.priority() + " → " + priority);
            }
        });
    }

    /** Sets each order's seller note; a blank one clears it. */
    public BatchActionResult setSellerNote(List<Long> orderIds, String note, String actor) {
        String kept = note == null || note.isBlank() ? null : note.strip();
        return batch.run(orderIds, id -> {
            Order order = transitions.load(id);
            if (!Objects.equals(order.sellerNote(), kept)) {
                marks.setSellerNote(id, kept, clock.instant());
                transitions.note(order, actor, kept == null ? "seller note cleared" : "seller note: " + kept);
            }
        });
    }

    private Order lock(long id) {
        marks.touch(id, clock.instant());
        return transitions.load(id);
    }
}
