package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.junction.carriers.kit.CarrierJson;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to {@code Tracking/GetTrackInfo}: the parcel's state and its events. {@code Item} is
 * read whether YunExpress sends one object or a list of them.
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record TrackInfoAnswer(
        String code,
        String message,
        Integer resultCode,
        String resultDesc,

        @JsonProperty("Item") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<TrackInfo> items)
        implements YunExpressAnswer {

    /**
     * One parcel's tracking; {@code packageState} as in {@link io.junction.carriers.yunexpress.YunExpressPackageState}.
     */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TrackInfo(
            String customerOrderNumber,
            String waybillNumber,
            String trackingNumber,
            Integer packageState,
            List<TrackingDetail> orderTrackingDetails) {}

    /** One event: YunExpress' local time, text and place. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TrackingDetail(String processDate, String processContent, String processLocation) {}
}
