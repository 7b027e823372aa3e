package io.junction.connectors.aliexpress.dto;

import java.util.LinkedHashMap;
import java.util.Map;

/** A call's business parameters in the order they are named; an optional one that is absent is left out. */
final class BusinessParameters {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    /** {@code name} with {@code value}, even when null. */
    BusinessParameters with(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    /** {@code name} with {@code value}, or nothing when {@code value} is null. */
    BusinessParameters withOptional(String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
        return this;
    }

    Map<String, String> toMap() {
        return parameters;
    }
}
