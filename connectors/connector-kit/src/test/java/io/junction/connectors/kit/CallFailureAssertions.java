package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The ways a platform call fails for want of a usable answer, as every client and translator reports them: a write
 * sent but never answered, a call that never reached the platform, and a platform that is unavailable.
 */
public final class CallFailureAssertions {

    private CallFailureAssertions() {}

    /**
     * {@code call} was sent and got no answer: a {@link NoAnswerException} that says so and whose message names none
     * of {@code secrets}.
     */
    public static void assertSentWithoutAnswer(ThrowingCallable call, String... secrets) {
        assertThatThrownBy(call).isInstanceOfSatisfying(NoAnswerException.class, e -> {
            assertThat(e.sent()).isTrue();
            if (secrets.length > 0) {
                assertThat(e.getMessage()).doesNotContain(secrets);
            }
        });
    }

    /** {@code call} could not connect: a {@link NoAnswerException} that says nothing was sent. */
    public static void assertNeverSent(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        NoAnswerException.class, e -> assertThat(e.sent()).isFalse());
    }

    /**
     * {@code call} finds the platform unavailable: no answer on any attempt, or an answer that is not the
     * platform's (a proxy's error page).
     */
    public static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAVAILABLE));
    }
}
