package io.junction.connectors.kit;

import io.junction.channel.ChannelException;
import io.junction.outcome.RemoteOutcome;
import java.util.function.Function;
import java.util.function.Supplier;

/** The outcome of a write whose client threw: what was sent decides between unknown and rejected. */
public final class WriteOutcome {

    private WriteOutcome() {}

    /**
     * Runs {@code write}. No answer is unknown ({@code unreachable} names the platform when nothing
     * could be sent); a call the quota or the open circuit kept back is unknown too, so that a lookup,
     * not a blind retry, follows; any other {@link ChannelException} (nothing was sent) goes to
     * {@code otherRefusal}.
     */
    public static <T> RemoteOutcome<T> of(
            String platform,
            Supplier<RemoteOutcome<T>> write,
            Function<ChannelException, RemoteOutcome<T>> otherRefusal) {
        try {
            return write.get();
        } catch (NoAnswerException e) {
            return RemoteOutcome.unknown(
                    e.sent()
                            ? "no answer after sending: " + e.getMessage()
                            : "not sent, " + platform + " unreachable: " + e.getMessage());
        } catch (ChannelException e) {
            if (e.kind() == ChannelException.Kind.THROTTLED || e.kind() == ChannelException.Kind.UNAVAILABLE) {
                return RemoteOutcome.unknown("not sent: " + e.getMessage());
            }
            return otherRefusal.apply(e);
        }
    }

    /** A refusal a person must look at (credentials, the shop's URL), coded with its kind. */
    public static <T> RemoteOutcome<T> rejectedByKind(ChannelException e) {
        return RemoteOutcome.rejected(e.kind().name(), e.getMessage());
    }
}
