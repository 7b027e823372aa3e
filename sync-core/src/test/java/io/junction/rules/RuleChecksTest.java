package io.junction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks that hold an order, each with the field at fault. */
class RuleChecksTest {

    final RuleChecks checks = new RuleChecks(RuleCheckSettings.defaults());

    List<CheckFailure> check(AnOrder order, BlacklistEntry... blacklist) {
        return checks.check(order.facts(), List.of(blacklist));
    }

    @ParameterizedTest(name = "{0} {1} fits: {2}")
    @CsvSource({
        "US, 62701, true",
        "US, 62701-1234, true",
        "US, 6270, false",
        "US, ABCDE, false",
        "GB, SW1A 1AA, true",
        "GB, sw1a1aa, true",
        "GB, 12345, false",
        "DE, 10115, true",
        "DE, 1011, false",
        "FR, 75001, true",
        "IT, 00184, true",
        "ES, 28001, true",
        "CA, K1A 0B1, true",
        "CA, 12345, false",
        "AU, 2000, true",
        "AU, 20000, false",
        "JP, 100-0001, true",
        "JP, 1000001, true",
        "JP, 100-001, false",
        "NL, 1012 AB, true",
        "NL, 1012, false",
        "BR, 01310-100, true",
        "BR, 0131010, false",
        "MX, 06000, true",
        "RU, 101000, true",
        "RU, 10100, false",
        "PL, 00-001, true",
        "SE, 111 22, true",
        "BE, 1000, true",
        "CH, 8001, true",
        "AT, 1010, true",
        "KR, 03187, true",
        "IL, 6100000, true",
        "SA, 11564, true",
        "NZ, 6011, true",
        "IE, D02 X285, true",
        "IE, D6W 1234, true",
        "PT, 1000-001, true",
        "PT, 1000, false",
        "DK, 1050, true",
        "NO, 0150, true",
        "FI, 00100, true",
        "CZ, 110 00, true",
        "SG, 018956, true",
        "MY, 50088, true",
        "HK, anything, true"
    })
    void postalCodesFollowTheirCountrysFormat(String country, String code, boolean fits) {
        // given / when / then
        assertThat(PostalCodes.fits(country, code)).isEqualTo(fits);
    }

    @Test
    void thirtyDestinationsAreChecked() {
        // given / when / then
        assertThat(PostalCodes.countries()).isEqualTo(30);
    }

    @Test
    void aGoodAddressPasses() {
        // given / when / then
        assertThat(check(AnOrder.waitingForReview())).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        // given
        AnOrder blank = AnOrder.waitingForReview().with(o -> {
            o.shipName = " ";
            o.shipLine1 = null;
            o.shipCity = null;
        });

        // when / then
        assertThat(check(blank)).extracting(CheckFailure::field).containsExactly("shipName", "shipLine1", "shipCity");
    }

    @Test
    void aBlankCountryIsHeldBeforeTheCarrierRefusesIt() {
        // given / when
        List<CheckFailure> failures = check(AnOrder.waitingForReview().with(o -> o.country = ""));

        // then
        assertThat(failures)
                .extracting(CheckFailure::check, CheckFailure::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("address", "shipCountry"));
    }

    @Test
    void aMissingPostalCodeOfACountryThatHasThemIsNamed() {
        // given / when / then
        assertThat(check(AnOrder.waitingForReview().with(o -> o.postalCode = null)))
                .extracting(CheckFailure::field)
                .containsExactly("shipPostalCode");
    }

    @Test
    void aPhoneIsRequiredWhereTheSettingsSaySo() {
        // given a Brazilian order without a phone
        AnOrder brazil = AnOrder.waitingForReview().with(o -> {
            o.country = "BR";
            o.postalCode = "01310-100";
            o.phone = null;
        });

        // when / then
        assertThat(check(brazil)).extracting(CheckFailure::field).containsExactly("shipPhone");
        assertThat(new RuleChecks(new RuleCheckSettings(true, null, Set.of("US"), null))
                        .check(brazil.facts(), List.of()))
                .isEmpty();
    }

    @Test
    void latinScriptIsRequiredOnlyByCarriersThatNeedIt() {
        // given a Chinese name
        AnOrder chinese = AnOrder.waitingForReview().with(o -> o.shipName = "张三");

        // when / then
        assertThat(check(chinese.with(o -> o.carrier = "FAKE"))).isEmpty();
        assertThat(check(chinese.with(o -> o.carrier = "YUNEXPRESS")))
                .extracting(CheckFailure::field)
                .containsExactly("shipName");
    }

    @Test
    void aDuplicateNamesTheOtherOrder() {
        // given / when
        List<CheckFailure> failures = check(AnOrder.waitingForReview().with(o -> o.duplicateOf = 41L));

        // then
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("duplicate");
            assertThat(f.reason()).contains("order 41");
        });
    }

    @Test
    void blacklistedBuyersAddressesAndPhonesAreHeldWhateverTheirSpacingAndCase() {
        // given
        BlacklistEntry buyer = entry(BlacklistKind.BUYER, "ada  buyer");
        BlacklistEntry street = entry(BlacklistKind.ADDRESS, "1 MAIN ST");
        BlacklistEntry phone = entry(BlacklistKind.PHONE, "(555) 0100");

        // when
        List<CheckFailure> failures = check(AnOrder.waitingForReview(), buyer, street, phone);

        // then
        assertThat(failures).extracting(CheckFailure::check).containsOnly("blacklist");
        assertThat(failures).extracting(CheckFailure::field).containsExactly("buyerName", "shipLine1", "shipPhone");
    }

    @Test
    void aLongBlacklistedPhoneMatchesTheNumberWithItsCountryCode() {
        // given
        BlacklistEntry phone = entry(BlacklistKind.PHONE, "13800138000");

        // when / then
        assertThat(phone.matches("+86 138 0013 8000")).isTrue();
        assertThat(phone.matches("138 0013 8001")).isFalse();
    }

    static BlacklistEntry entry(BlacklistKind kind, String raw) {
        return new BlacklistEntry(1, kind, kind.normalise(raw), null, "tester", Instant.EPOCH);
    }
}
