/** Labels: one merged PDF for the selected orders. */
package io.junction.web.label;
