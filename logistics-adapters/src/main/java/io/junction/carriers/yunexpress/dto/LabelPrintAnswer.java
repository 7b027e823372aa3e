package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to {@code Label/Print}: label files, each naming the orders it holds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelPrintAnswer(
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("ResultCode") Integer resultCode,
        @JsonProperty("ResultDesc") String resultDesc,
        @JsonProperty("Item") List<LabelFile> items)
        implements YunExpressAnswer {

    /** Label code for an order whose label was produced. */
    public static final int LABEL_OK = 100;

    /** Label code for an order that has no label template (or no label at all). */
    public static final int NO_TEMPLATE = 200;

    /** One PDF to download, holding the labels of {@code orderInfos}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelFile(
            @JsonProperty("Url") String url,
            @JsonProperty("OrderInfos") List<LabelOrderInfo> orderInfos) {}

    /** The label outcome for one order: {@code code} 100 ok, 200 no template. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelOrderInfo(
            @JsonProperty("CustomerOrderNumber") String customerOrderNumber,
            @JsonProperty("Error") String error,
            @JsonProperty("Code") Integer code) {}
}
