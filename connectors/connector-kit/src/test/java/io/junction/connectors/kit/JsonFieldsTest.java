package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonFieldsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNode node = json.readTree("""
            {"name":"Anna","blank":"  ","id":12345678901234567890,"idText":"A-1","count":7,"flag":true,
             "price":"19.90 ","number":19.9,"empty":"","nothing":null,"money":{"amount":"5.00"},
             "time":"2026-03-02T10:00:00Z","notTime":"yesterday"}
            """);

    @Test
    void textIsAStringThatIsNotBlankAndNothingElse() {
        // when / then
        assertThat(JsonFields.text(node.path("name"))).isEqualTo("Anna");
        assertThat(JsonFields.text(node.path("blank"))).isNull();
        assertThat(JsonFields.text(node.path("count"))).isNull();
        assertThat(JsonFields.text(node.path("missing"))).isNull();
        assertThat(JsonFields.text(null)).isNull();
    }

    @Test
    void aScalarIsAStringOrANumberAsItsDigits() {
        // when / then
        assertThat(JsonFields.scalar(node.path("count"))).isEqualTo("7");
        assertThat(JsonFields.scalar(node.path("name"))).isEqualTo("Anna");
        assertThat(JsonFields.scalar(node.path("flag"))).isNull();
        assertThat(JsonFields.scalar(node.path("blank"))).isNull();
    }

    @Test
    void anIdIsAnIntegerOfAnySizeOrAString() {
        // when / then
        assertThat(JsonFields.id(node.path("id"))).isEqualTo("12345678901234567890");
        assertThat(JsonFields.id(node.path("idText"))).isEqualTo("A-1");
        assertThat(JsonFields.id(node.path("number"))).isNull();
        assertThat(JsonFields.id(node.path("missing"))).isNull();
    }

    @Test
    void aRequiredFieldThatIsMissingMakesThePayloadMalformed() {
        // when / then
        assertThat(JsonFields.required(node, "name")).isEqualTo("Anna");
        assertThatThrownBy(() -> JsonFields.required(node, "blank"))
                .isInstanceOf(MalformedPayload.class)
                .hasMessage("missing blank");
    }

    @Test
    void aDecimalIsANumberOrADecimalStringAndAbsentIsNull() {
        // when / then
        assertThat(JsonFields.decimal(node.path("price"), "price")).isEqualByComparingTo("19.90");
        assertThat(JsonFields.decimal(node.path("number"), "number")).isEqualByComparingTo("19.9");
        assertThat(JsonFields.decimal(node.path("nothing"), "nothing")).isNull();
        assertThat(JsonFields.decimal(node.path("missing"), "missing")).isNull();
        assertThat(JsonFields.amount(node.path("money"), "money")).isEqualByComparingTo("5.00");
        assertThat(JsonFields.decimal((String) null, "none")).isNull();
    }

    @Test
    void aDecimalThatIsNotOneNamesItsFieldAndValue() {
        // when / then
        assertThatThrownBy(() -> JsonFields.decimal(node.path("name"), "price"))
                .isInstanceOf(MalformedPayload.class)
                .hasMessage("price 'Anna' is not a decimal");
        assertThatThrownBy(() -> JsonFields.decimal(node.path("empty"), "price"))
                .isInstanceOf(MalformedPayload.class)
                .hasMessage("price '' is not a decimal");
        assertThatThrownBy(() -> JsonFields.amount(json.readTree("{\"amount\":\"A-1\"}"), "total"))
                .isInstanceOf(MalformedPayload.class)
                .hasMessage("total amount 'A-1' is not a decimal");
    }

    @Test
    void anInstantIsReadInThePlatformsFormatAndAMissingOneIsMalformedOnlyWhenRequired() {
        // when / then
        assertThat(JsonFields.instant(node.path("time"), "time", true, Instant::parse, "an instant"))
                .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(JsonFields.instant(node.path("missing"), "missing", false, Instant::parse, "an instant"))
                .isNull();
        assertThatThrownBy(
                        () -> JsonFields.instant(node.path("missing"), "created", true, Instant::parse, "an ISO time"))
                .isInstanceOf(MalformedPayload.class)
                .hasMessage("missing created");
        assertThatThrownBy(
                        () -> JsonFields.instant(node.path("notTime"), "created", true, Instant::parse, "an ISO time"))
                .isInstanceOf(MalformedPayload.class)
                .hasMessage("created 'yesterday' is not an ISO time");
    }

    @Test
    void aBodyThatIsEmptyOrNotJsonHasNoTree() {
        // when / then
        assertThat(JsonFields.tree(json, "{\"a\":1}").path("a").intValue()).isEqualTo(1);
        assertThat(JsonFields.tree(json, " ")).isNull();
        assertThat(JsonFields.tree(json, null)).isNull();
        assertThat(JsonFields.tree(json, "<html>")).isNull();
    }

    @Test
    void anExcerptKeepsTwoHundredCharactersAndSaysWhereItWasCut() {
        // when / then
        assertThat(JsonFields.excerpt(null)).isEmpty();
        assertThat(JsonFields.excerpt("  short  ")).isEqualTo("short");
        assertThat(JsonFields.excerpt("x".repeat(201))).isEqualTo("x".repeat(200) + "…");
    }

    @Test
    void theLinesTotalIsPriceTimesQuantityAndUnknownWhenALineHasNoPrice() {
        // given
        ChannelOrder.Line two = new ChannelOrder.Line("1", "A", null, 2, new BigDecimal("1.50"));
        ChannelOrder.Line unpriced = new ChannelOrder.Line("2", "B", null, 1, null);

        // when / then
        assertThat(OrderLines.total(List.of(two, two))).isEqualByComparingTo("6.00");
        assertThat(OrderLines.total(List.of(two, unpriced))).isNull();
    }
}
