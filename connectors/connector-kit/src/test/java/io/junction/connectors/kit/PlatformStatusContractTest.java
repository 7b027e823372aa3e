package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.PlatformState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What every platform's status mapping promises, whatever its platform: each {@code <Name>StatusTest}
 * extends this one and lists its platform's statuses in {@code statuses.csv} next to it (test resources,
 * same package: one line {@code status,state} per platform value). Every listed status means its state,
 * every status the mapping knows is listed, and a status the platform never documented is not guessed.
 *
 * @param <E> the platform's status enum, one constant per platform value, named as the platform names it
 */
public abstract class PlatformStatusContractTest<E extends Enum<E>> {

    private final Class<E> statuses;
    private final Function<String, Optional<E>> lookup;
    private final Function<E, PlatformState> meaning;

    /**
     * @param statuses the platform's status enum
     * @param lookup the enum's lookup by the platform's value (empty for an unknown one)
     * @param meaning what a status means
     */
    protected PlatformStatusContractTest(
            Class<E> statuses, Function<String, Optional<E>> lookup, Function<E, PlatformState> meaning) {
        this.statuses = statuses;
        this.lookup = lookup;
        this.meaning = meaning;
    }

    @ParameterizedTest(name = "{0} means {1}")
    @CsvFileSource(resources = "statuses.csv")
    void everyListedStatusMeansOnePlatformState(String platformStatus, PlatformState expected) {
        // when
        Optional<PlatformState> state = lookup.apply(platformStatus).map(meaning);

        // then
        assertThat(state).contains(expected);
    }

    @Test
    void everyStatusTheMappingKnowsIsListed() throws IOException {
        // then: a status added to the enum must be added to statuses.csv too
        assertThat(listedStatuses())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(statuses.getEnumConstants())
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void anUnknownStatusIsNotGuessed() {
        // when / then
        assertThat(lookup.apply("ON_THE_MOON")).isEmpty();
        assertThat(lookup.apply(null)).isEmpty();
    }

    /** The first column of {@code statuses.csv}, comment lines left out. */
    private List<String> listedStatuses() throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("statuses.csv"), "statuses.csv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf(',')).strip())
                    .toList();
        }
    }
}
