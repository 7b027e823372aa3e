package io.junction.carriers.yanwen.dto;

import io.junction.carriers.kit.CarrierJson;
import tools.jackson.databind.JsonNode;

/** Every Yanwen answer: {@code success}, Yanwen's {@code code} and {@code message}, and the method's {@code data}. */
@CarrierJson
public record YanwenEnvelope(Boolean success, String code, String message, JsonNode data) {}
