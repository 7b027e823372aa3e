/**
 * The outbox relay: an intent committed with the change that calls for it, claimed by one relay with
 * a lease (SKIP LOCKED), the remote call made outside any transaction, and its answer settled; an
 * unanswered call is tried again with back-off, and resolved by a lookup where the outbox can look.
 * Each outbox supplies only its rows, its call and its settlement.
 */
package io.junction.outbox;
