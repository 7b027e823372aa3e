package io.junction.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's parameters (an action's name, a reason, tags …): text values or lists of text, kept as JSON on the job.
 */
public record JobParams(Map<String, Object> values) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JobParams {
        values = new LinkedHashMap<>(values);
    }

    public static JobParams of(Map<String, ?> values) {
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                kept.put(k, v);
            }
        });
        return new JobParams(kept);
    }

    /** The text value of {@code name}, or null. */
    public String text(String name) {
        Object value = values.get(name);
        return value == null ? null : String.valueOf(value);
    }

    /** The list value of {@code name}, empty when absent. */
    public List<String> list(String name) {
        Object value = values.get(name);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    String toJson() {
        return JSON.writeValueAsString(values);
    }

    static JobParams fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new JobParams(Map.of());
        }
        return new JobParams(JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
    }
}
