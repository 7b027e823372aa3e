/**
 * Merging (合并) allocated orders of one shop, buyer and address into one package and parcel before
 * any parcel is requested, and undoing it; each merged order still ships and is confirmed to its
 * marketplace with the shared tracking number.
 */
package io.junction.merge;
