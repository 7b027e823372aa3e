package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.PlatformState;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What every platform's status mapping promises, whatever its platform: each {@code <Name>StatusTest}
 * extends this one and lists its platform's statuses in {@code statuses.csv} next to it (test resources,
 * same package: one line {@code status,state} per platform value). Every listed status means its state,
 * and a status the platform never documented is not guessed.
 */
public abstract class PlatformStatusContractTest {

    /** What the platform's status means; empty for one the mapping does not know. */
    protected abstract Optional<PlatformState> stateOf(String platformStatus);

    @ParameterizedTest(name = "{0} means {1}")
    @CsvFileSource(resources = "statuses.csv")
    void everyListedStatusMeansOnePlatformState(String platformStatus, PlatformState expected) {
        // when
        Optional<PlatformState> state = stateOf(platformStatus);

        // then
        assertThat(state).contains(expected);
    }

    @Test
    void anUnknownStatusIsNotGuessed() {
        // when / then
        assertThat(stateOf("ON_THE_MOON")).isEmpty();
        assertThat(stateOf(null)).isEmpty();
    }
}
