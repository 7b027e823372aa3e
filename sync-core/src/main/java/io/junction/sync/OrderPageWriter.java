package io.junction.sync;

import io.junction.channel.OrderPage;
import io.junction.shop.Shop;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Upserts each page through {@link OrderIntake} inside the chunk's transaction, and keeps the
 * running tally in the step's execution context, committed with the page.
 */
public class OrderPageWriter implements ItemWriter<OrderPage>, StepExecutionListener {

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String UNCHANGED = "unchanged";
    static final String QUARANTINED = "quarantined";

    private final OrderIntake intake;
    private final Shop shop;
    private ExecutionContext context;

    public OrderPageWriter(OrderIntake intake, Shop shop) {
        this.intake = intake;
        this.shop = shop;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        context = stepExecution.getExecutionContext();
    }

    @Override
    public void write(Chunk<? extends OrderPage> pages) {
        for (OrderPage page : pages) {
            OrderIntake.Tally tally = intake.ingest(shop, page);
            add(CREATED, tally.created());
            add(UPDATED, tally.updated());
            add(UNCHANGED, tally.unchanged());
            add(QUARANTINED, tally.quarantined());
        }
    }

    private void add(String key, int n) {
        context.putInt(key, context.getInt(key, 0) + n);
    }

    /** The tally so far of a step's context. */
    static OrderIntake.Tally tally(ExecutionContext context) {
        return new OrderIntake.Tally(
                context.getInt(CREATED, 0),
                context.getInt(UPDATED, 0),
                context.getInt(UNCHANGED, 0),
                context.getInt(QUARANTINED, 0));
    }
}
