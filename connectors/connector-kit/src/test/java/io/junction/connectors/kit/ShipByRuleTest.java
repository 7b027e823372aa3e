package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShipByRuleTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Instant PAID = Instant.parse("2026-03-02T08:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private final ShipByRule rule =
            new ShipByRule(List.of("promised", "promise.latest", "estimate"), Duration.ofHours(48));

    private Instant shipBy(String order, Instant paid) {
        JsonNode node = json.readTree(order);
        return rule.shipBy(node, v -> LocalDateTime.parse(v, TIME).toInstant(ZoneOffset.ofHours(8)), paid);
    }

    @Test
    void aPromisedTimeInThePlatformsFormatIsTheDeadline() {
        // when / then
        assertThat(shipBy("{\"promised\":\"2026-03-03 18:00:00\"}", PAID))
                .isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    }

    @Test
    void aPromisedTimeIsReadFromEpochSecondsOrMillisAsNumbersOrDigits() {
        // when / then
        assertThat(shipBy("{\"promised\":1772611200}", PAID)).isEqualTo(Instant.ofEpochSecond(1772611200L));
        assertThat(shipBy("{\"promised\":\"1772611200000\"}", PAID)).isEqualTo(Instant.ofEpochSecond(1772611200L));
    }

    @Test
    void aNestedFieldIsReadWhenTheFirstIsAbsent() {
        // when / then
        assertThat(shipBy("{\"promise\":{\"latest\":\"2026-03-04 08:00:00\"}}", PAID))
                .isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
    }

    @Test
    void aPromiseRelativeToPaymentCountsFromThePayment() {
        // when / then
        assertThat(shipBy("{\"estimate\":\"付款后3天内\"}", PAID)).isEqualTo(PAID.plus(Duration.ofDays(3)));
        assertThat(shipBy("{\"estimate\":\"within 12 hours\"}", PAID)).isEqualTo(PAID.plus(Duration.ofHours(12)));
    }

    @Test
    void withoutAPromisedTimeTheDefaultHoursAfterPaymentApply() {
        // when / then
        assertThat(shipBy("{\"promised\":\"\",\"estimate\":\"soon\"}", PAID))
                .isEqualTo(PAID.plus(Duration.ofHours(48)));
    }

    @Test
    void anUnpaidOrderWithoutAPromisedTimeHasNoDeadline() {
        // when / then
        assertThat(shipBy("{}", null)).isNull();
        assertThat(new ShipByRule(List.of(), null).shipBy(json.readTree("{}"), Instant::parse, PAID))
                .isNull();
    }

    @Test
    void theTopLevelFieldsAreWhatAFieldListMustNameToGetThemAll() {
        // when / then
        assertThat(rule.topLevelFields()).containsExactly("promised", "promise", "estimate");
    }

    @Test
    void aFieldListGetsThePromisedFieldsItDoesNotNameYetAtItsEnd() {
        // when / then
        assertThat(rule.addedTo("id,promise,status")).isEqualTo("id,promise,status,promised,estimate");
    }
}
