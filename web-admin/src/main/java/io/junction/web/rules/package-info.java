/**
 * Rules, their dry run and their runs on a selection, and the blacklist, over JSON and as pages; and the
 * rules that matched an order, on its page.
 */
package io.junction.web.rules;
