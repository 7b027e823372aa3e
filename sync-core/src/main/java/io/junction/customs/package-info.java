/**
 * Customs data per package line: copied from the warehouse SKU when the package is made, editable line by
 * line and in bulk before the parcel is requested, and declared to the carrier as it stands.
 */
package io.junction.customs;
