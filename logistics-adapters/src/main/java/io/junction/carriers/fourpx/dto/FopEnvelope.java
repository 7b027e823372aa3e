package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.junction.carriers.kit.CarrierJson;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Every FOP answer: {@code result} "1" when the call succeeded, "0" with {@code errors} when not;
 * {@code data} is the method's own answer (an object, or a list of them).
 */
@CarrierJson
public record FopEnvelope(String result, String msg, List<FopError> errors, JsonNode data) {

    /** The result of a call that succeeded. */
    public static final String SUCCEEDED = "1";

    /** The result of a call that failed; {@code errors} says why. */
    public static final String FAILED = "0";

    /** One reason a call failed; {@code referenceCode} names the order it concerns, when it does. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FopError(
            String errorCode,
            String errorMsg,
            String errorData,
            @JsonProperty("referenceCode") String referenceCode) {}
}
