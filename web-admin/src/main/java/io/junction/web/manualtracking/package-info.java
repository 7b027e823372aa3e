/** Tracking numbers entered by hand: on the order page, by API, and from an Excel sheet. */
package io.junction.web.manualtracking;
