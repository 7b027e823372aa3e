package io.junction.carriers.kit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParcelNumbersTest {

    @Test
    void blockZeroStartsRightAfterTheFirstNumberAndCountsUp() {
        // given
        ParcelNumbers numbers = new ParcelNumbers(100_000_000L, 800L, 0);

        // when / then
        assertThat(numbers.next()).isEqualTo(100_000_001L);
        assertThat(numbers.next()).isEqualTo(100_000_002L);
    }

    @Test
    void eachBlockIsAMillionNumbersFurtherAndTheBlockWrapsAroundTheirCount() {
        assertThat(new ParcelNumbers(0L, 800L, 3).next()).isEqualTo(3_000_001L);
        assertThat(new ParcelNumbers(0L, 800L, 803).next()).isEqualTo(3_000_001L);
        assertThat(new ParcelNumbers(0L, 800L, -1).next()).isEqualTo(799_000_001L);
    }
}
