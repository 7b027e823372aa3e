package io.junction.connectors.kit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the fields of a platform's JSON answer the way every translator reads them: a missing,
 * null or blank field is null, never an error; a field that is present but cannot be what it
 * should be throws {@link MalformedPayload} naming the field. Which fields a platform sends, and
 * under which names, stays in its translator.
 */
public final class JsonFields {

    private static final int EXCERPT_LENGTH = 200;

    private JsonFields() {}

    /** The node's text, or null when it is missing, not a string, or blank. */
    public static String text(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String value = node.stringValue();
        return value.isBlank() ? null : value;
    }

    /** A value sent as a string or a number (a number as its digits); null when missing, null or blank. */
    public static String scalar(JsonNode node) {
        if (node != null && node.isNumber()) {
            return node.asString();
        }
        return text(node);
    }

    /** An id sent as a JSON integer or string; null when missing or blank. */
    public static String id(JsonNode node) {
        if (node != null && node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return text(node);
    }

    /** The text of {@code node}'s {@code field}; {@link MalformedPayload} when it has none. */
    public static String required(JsonNode node, String field) {
        return present(text(node.path(field)), field);
    }

    /** {@code value}, read from {@code field}; {@link MalformedPayload} "missing {@code field}" when it is null. */
    public static String present(String value, String field) {
        if (value == null) {
            throw new MalformedPayload("missing " + field);
        }
        return value;
    }

    /** {@link MalformedPayload} "{@code what} is not a JSON object" unless {@code node} is one. */
    public static void requireObject(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new MalformedPayload(what + " is not a JSON object");
        }
    }

    /**
     * A decimal sent as a JSON number or a decimal string; null when missing or null.
     *
     * @throws MalformedPayload when it is present but not a decimal (a blank string included)
     */
    public static BigDecimal decimal(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue() : decimal(node.asString(), field);
    }

    /** A decimal string; null when {@code value} is null, {@link MalformedPayload} when it is not a decimal. */
    public static BigDecimal decimal(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new MalformedPayload(field + " '" + value + "' is not a decimal");
        }
    }

    /** The {@code amount} of a money object (a number or a decimal string); null when absent. */
    public static BigDecimal amount(JsonNode money, String field) {
        return decimal(money.path("amount"), field + " amount");
    }

    /**
     * A point in time sent as text in the platform's format.
     *
     * @param parse reads the text, throwing {@link DateTimeParseException} when it is not in the format
     * @param format how the format is named when the text is not in it ("an ISO-8601 date-time")
     * @return null when the field is absent and not required
     * @throws MalformedPayload when a required field is absent, or the text is not in the format
     */
    public static Instant instant(
            JsonNode node, String field, boolean required, Function<String, Instant> parse, String format) {
        String value = text(node);
        if (value == null) {
            if (required) {
                throw new MalformedPayload("missing " + field);
            }
            return null;
        }
        try {
            return parse.apply(value);
        } catch (DateTimeParseException e) {
            throw new MalformedPayload(field + " '" + value + "' is not " + format);
        }
    }

    /** The parsed body, or null when it is empty or not JSON. */
    public static JsonNode tree(JsonMapper json, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The first 200 characters of a body for a message, "…" where it was cut; "" for none. */
    public static String excerpt(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…" : text;
    }
}
