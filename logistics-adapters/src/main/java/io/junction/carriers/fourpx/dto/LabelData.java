package io.junction.carriers.fourpx.dto;

import io.junction.carriers.kit.CarrierJson;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The {@code data} of {@code ds.xms.label.get}: where the label file is. */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LabelData(LabelUrlInfo labelUrlInfo) {

    /** The label files; {@code logisticsLabel} is the shipping label's URL. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LabelUrlInfo(String logisticsLabel) {}
}
