/** Pick lists, picking slips and packing slips as PDFs, from the API and the order list. */
package io.junction.web.picking;
