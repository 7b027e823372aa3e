package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.junction.carriers.kit.CarrierJson;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The answer to {@code Label/Print}: label files, each naming the orders it holds. */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record LabelPrintAnswer(
        String code,
        String message,
        Integer resultCode,
        String resultDesc,
        @JsonProperty("Item") List<LabelFile> items) implements YunExpressAnswer {

    /** Label code for an order whose label was produced. */
    public static final int LABEL_OK = 100;

    /** Label code for an order that has no label template (or no label at all). */
    public static final int NO_TEMPLATE = 200;

    /** One PDF to download, holding the labels of {@code orderInfos}. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record LabelFile(String url, List<LabelOrderInfo> orderInfos) {}

    /** The label outcome for one order: {@code code} 100 ok, 200 no template. */
    @CarrierJson
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record LabelOrderInfo(String customerOrderNumber, String error, Integer code) {}
}
