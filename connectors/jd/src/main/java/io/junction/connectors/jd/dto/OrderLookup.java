package io.junction.connectors.jd.dto;

/**
 * What {@code jingdong.pop.order.enGet} says of one order, as far as a write-back needs it.
 *
 * @param waybill the waybill JD recorded, null before shipment
 * @param logisticsId the carrier id JD recorded, null before shipment
 */
public record OrderLookup(String orderId, String orderState, String waybill, String logisticsId) {}
