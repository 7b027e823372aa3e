/**
 * Ship-by deadlines watched: the header's count, the deadline page and API, and the gauges of orders overdue,
 * due soon and at risk at the current pace.
 */
package io.junction.web.deadline;
