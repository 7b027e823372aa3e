package io.junction.carriers.yanwen.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/** Every Yanwen answer: {@code success}, Yanwen's {@code code} and {@code message}, and the method's {@code data}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record YanwenEnvelope(
        @JsonProperty("success") Boolean success,
        @JsonProperty("code") String code,
        @JsonProperty("message") String message,
        @JsonProperty("data") JsonNode data) {}
