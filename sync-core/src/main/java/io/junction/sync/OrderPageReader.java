package io.junction.sync;

import io.junction.channel.ChannelConnector;
import io.junction.channel.ChannelException;
import io.junction.channel.OrderPage;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.secret.Redaction;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a shop's window page by page from its connector. The next page's token is saved in the step's
 * execution context with each committed page, so a restarted job resumes after the last page that
 * was committed, not from the start. After every page it calls {@code afterPage}, which renews an
 * incremental run's claim on the shop (and stops the run if the claim was lost). A failure leaves
 * here with the shop's secrets masked: the job repository, the log and the sync status all keep its
 * message.
 */
public class OrderPageReader implements ItemStreamReader<OrderPage> {

    static final String NEXT_TOKEN = "nextPageToken";
    static final String FINISHED = "finished";

    private final ChannelConnector connector;
    private final ShopAccess access;
    private final SyncWindow window;
    private final Runnable afterPage;
    private String nextToken;
    private boolean finished;

    public OrderPageReader(ChannelConnector connector, ShopAccess access, SyncWindow window) {
        this(connector, access, window, () -> {});
    }

    public OrderPageReader(ChannelConnector connector, ShopAccess access, SyncWindow window, Runnable afterPage) {
        this.connector = connector;
        this.access = access;
        this.window = window;
        this.afterPage = afterPage;
    }

    @Override
    public void open(ExecutionContext context) {
        nextToken = context.containsKey(NEXT_TOKEN) ? context.getString(NEXT_TOKEN) : null;
        finished = context.containsKey(FINISHED) && (Boolean) context.get(FINISHED);
    }

    @Override
    public OrderPage read() {
        if (finished) {
            return null;
        }
        OrderPage page;
        try {
            page = connector.fetchUpdatedOrders(access, window, nextToken);
        } catch (ChannelException e) {
            throw redacted(e);
        }
        afterPage.run();
        nextToken = page.nextPageToken();
        finished = nextToken == null;
        return page;
    }

    /**
     * The same failure with its message masked and without its cause, whose message may hold the
     * platform's answer as it came.
     */
    private ChannelException redacted(ChannelException e) {
        String message = Redaction.of(access.credentials()).apply(e.getMessage());
        ChannelException clean = new ChannelException(e.kind(), message);
        clean.setStackTrace(e.getStackTrace());
        return clean;
    }

    @Override
    public void update(ExecutionContext context) {
        if (nextToken == null) {
            context.remove(NEXT_TOKEN);
        } else {
            context.putString(NEXT_TOKEN, nextToken);
        }
        context.put(FINISHED, finished);
    }
}
