package io.junction.carriers.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void givesTheLastWordToTheFamilyName() {
        assertThat(PersonName.split("  Anna   Maria Schmidt ")).isEqualTo(new PersonName("Anna Maria", "Schmidt"));
    }

    @Test
    void keepsANameWithoutSpacesWholeInTheFirstName() {
        assertThat(PersonName.split("张伟")).isEqualTo(new PersonName("张伟", null));
    }

    @Test
    void leavesAMissingNameMissing() {
        assertThat(PersonName.split(" ")).isEqualTo(new PersonName(null, null));
    }
}
