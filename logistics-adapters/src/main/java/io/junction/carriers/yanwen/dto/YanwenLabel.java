package io.junction.carriers.yanwen.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code data} of {@code express.order.label.get}: the label as Base64, or why there is none. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record YanwenLabel(
        @JsonProperty("waybillNumber") String waybillNumber,
        @JsonProperty("isSuccess") Boolean isSuccess,
        @JsonProperty("errorMsg") String errorMsg,
        @JsonProperty("base64String") String base64String,
        @JsonProperty("labelType") String labelType) {}
