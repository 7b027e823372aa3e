/**
 * After-sales (售后): returns (RMA) of shipped orders, registered with their lines and reason, received at the
 * warehouse with each unit restocked (a movement of the stock ledger) or scrapped, and closed with the refund
 * recorded as information.
 */
package io.junction.returns;
