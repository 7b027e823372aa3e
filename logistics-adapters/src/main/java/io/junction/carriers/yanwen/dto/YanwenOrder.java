package io.junction.carriers.yanwen.dto;

import io.junction.carriers.kit.CarrierJson;

/**
 * An order as {@code express.order.create} answers it and {@code express.order.getlist} lists it.
 *
 * @param waybillNumber Yanwen's waybill, the tracking number
 * @param referenceNumber the last-mile carrier's number, when transferred (转单号)
 * @param status in {@code getlist} only: see {@link io.junction.carriers.yanwen.YanwenStatus}
 */
@CarrierJson
public record YanwenOrder(
        String waybillNumber, String orderNumber, String yanwenNumber, String referenceNumber, Integer status) {}
