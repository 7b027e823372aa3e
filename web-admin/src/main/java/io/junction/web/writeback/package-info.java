/**
 * The queues a person works, over JSON and on a page: shipment confirmations that failed, with the
 * marketplace's reason, and carrier parcel cancellations that failed or were refused; retried one by one or in
 * bulk.
 */
package io.junction.web.writeback;
