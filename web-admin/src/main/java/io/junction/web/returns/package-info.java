/** After-sales over JSON and on pages: returns registered, received at the station by scanning, closed. */
package io.junction.web.returns;
