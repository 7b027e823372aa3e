package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Every FOP answer: {@code result} "1" when the call succeeded, "0" with {@code errors} when not;
 * {@code data} is the method's own answer (an object, or a list of them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FopEnvelope(
        @JsonProperty("result") String result,
        @JsonProperty("msg") String msg,
        @JsonProperty("errors") List<FopError> errors,
        @JsonProperty("data") JsonNode data) {

    /** The result of a call that succeeded. */
    public static final String SUCCEEDED = "1";

    /** The result of a call that failed; {@code errors} says why. */
    public static final String FAILED = "0";

    /** One reason a call failed; {@code referenceCode} names the order it concerns, when it does. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FopError(
            @JsonProperty("error_code") String errorCode,
            @JsonProperty("error_msg") String errorMsg,
            @JsonProperty("error_data") String errorData,
            @JsonProperty("referenceCode") String referenceCode) {}
}
