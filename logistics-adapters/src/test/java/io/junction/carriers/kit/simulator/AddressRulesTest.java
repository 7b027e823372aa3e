package io.junction.carriers.kit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRulesTest {

    @Test
    void checksThePostcodeShapeOfTheCountriesItKnows() {
        assertThat(AddressRules.postcodeFits("DE", "10115")).isTrue();
        assertThat(AddressRules.postcodeFits("de", "1011")).isFalse();
        assertThat(AddressRules.postcodeFits("GB", "SW1A 1AA")).isTrue();
        assertThat(AddressRules.postcodeFits("BR", "anything")).isTrue();
        assertThat(AddressRules.checksPostcode("US")).isTrue();
        assertThat(AddressRules.checksPostcode("BR")).isFalse();
    }

    @Test
    void acceptsLettersOfAnyScriptAndRefusesSymbols() {
        assertThat(AddressRules.specialCharacter("Invalidenstraße 117, Hinterhaus #3"))
                .isEmpty();
        assertThat(AddressRules.specialCharacter("张伟 Москва القاهرة")).isEmpty();
        assertThat(AddressRules.specialCharacter("Main St <b>")).contains("<");
        assertThat(AddressRules.specialCharacter("Flat 2 😀")).contains("😀");
    }
}
