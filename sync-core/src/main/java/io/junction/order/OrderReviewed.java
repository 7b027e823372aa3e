package io.junction.order;

/** Published in the transaction that moves an order from review to allocation: it may be allocated after the commit. */
public record OrderReviewed(long orderId) {}
