package io.junction.connectors.jd.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The business parameters of {@code jingdong.pop.order.shipment}: the whole order leaves the
 * seller's stock with one carrier and waybill.
 *
 * @param logiCoprId JD's numeric carrier id, sent as a string like every JOS parameter
 * @param logiNo the waybill (tracking) number
 */
@JsonPropertyOrder({"orderId", "logiCoprId", "logiNo"})
public record ShipmentRequest(String orderId, String logiCoprId, String logiNo) {}
