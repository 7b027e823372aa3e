package io.junction.order;

/** The admin's order list filter; null fields do not filter. */
public record OrderFilter(OrderStatus status, Long shopId, String platform) {}
