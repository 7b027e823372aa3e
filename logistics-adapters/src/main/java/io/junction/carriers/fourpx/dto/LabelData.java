package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code data} of {@code ds.xms.label.get}: where the label file is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelData(@JsonProperty("label_url_info") LabelUrlInfo labelUrlInfo) {

    /** The label files; {@code logisticsLabel} is the shipping label's URL. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelUrlInfo(
            @JsonProperty("logistics_label") String logisticsLabel) {}
}
