package io.junction.order;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one action over many orders, each order in its own transaction, and reports per order what
 * succeeded and what failed and why. One order's failure never undoes another's success.
 */
@Component
public class BatchActionRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchActionRunner.class);

    private final TransactionTemplate transactions;

    public BatchActionRunner(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Applies {@code action} to each distinct order id, in its own transaction. */
    public BatchActionResult run(List<Long> orderIds, LongConsumer action) {
        return runEach(orderIds, orderId -> transactions.executeWithoutResult(status -> action.accept(orderId)));
    }

    /**
     * Applies {@code action} to each distinct order id with no surrounding transaction: for actions
     * that call a remote service and keep their own transactions short.
     */
    public BatchActionResult runEach(List<Long> orderIds, LongConsumer action) {
        List<Long> succeeded = new ArrayList<>();
        List<BatchActionResult.Failure> failed = new ArrayList<>();
        for (long orderId : new LinkedHashSet<>(orderIds)) {
            try {
                action.accept(orderId);
                succeeded.add(orderId);
            } catch (OrderActionException refused) {
                failed.add(new BatchActionResult.Failure(orderId, refused.getMessage(), refused.refusal()));
            } catch (RuntimeException unexpected) {
                log.error("Action on order {} failed unexpectedly", orderId, unexpected);
                failed.add(new BatchActionResult.Failure(
                        orderId,
                        "Unexpected error: " + unexpected.getMessage(),
                        Refusal.of(Refusal.UNEXPECTED, String.valueOf(unexpected.getMessage()))));
            }
        }
        return new BatchActionResult(succeeded, failed);
    }
}
