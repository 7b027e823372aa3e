/**
 * After the parcel leaves: the alert list of parcels the carrier never scanned or that are stuck (page, API and
 * gauges); the order page and API show each package's tracking themselves.
 */
package io.junction.web.tracking;
