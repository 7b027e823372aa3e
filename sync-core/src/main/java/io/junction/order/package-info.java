/**
 * Orders: the status enum and its one transition table, guarded transitions with their history,
 * and the order queries that the admin lists and counts.
 */
package io.junction.order;
