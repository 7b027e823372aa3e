package io.junction.carriers.yanwen.dto;

import io.junction.carriers.kit.CarrierJson;
import java.util.List;

/**
 * The bodies naming orders: {@code express.order.label.get} and {@code express.order.cancel}
 * ({@code waybillNumber}, with {@code note} for a cancel), {@code express.order.getlist}
 * ({@code listNumber}: waybill or order numbers, UNCONFIRMED that order numbers are found).
 */
@CarrierJson
public record WaybillRequest(String waybillNumber, String note, List<String> listNumber) {}
