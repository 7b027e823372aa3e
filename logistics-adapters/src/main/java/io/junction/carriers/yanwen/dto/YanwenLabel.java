package io.junction.carriers.yanwen.dto;

import io.junction.carriers.kit.CarrierJson;

/** The {@code data} of {@code express.order.label.get}: the label as Base64, or why there is none. */
@CarrierJson
public record YanwenLabel(
        String waybillNumber, Boolean isSuccess, String errorMsg, String base64String, String labelType) {}
