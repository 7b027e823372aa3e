/**
 * Orders from outside the marketplaces (线下订单: phone, offline, own website), kept in a shop of the
 * "manual" kind: entered by hand, they flow through review, allocation, parcels, labels and the station
 * like any order, with nothing to sync and no marketplace to confirm to.
 */
package io.junction.manual;
