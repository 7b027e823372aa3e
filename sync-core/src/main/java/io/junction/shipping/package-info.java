/**
 * Shipping without the packing station: bulk ship (勾选发货) for sellers who do not scan, through the station's own
 * last step, and force-ship (强制发货) of an order whose refund request the seller settled with the buyer.
 */
package io.junction.shipping;
