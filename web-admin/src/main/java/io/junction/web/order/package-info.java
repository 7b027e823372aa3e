/** Orders in the admin: the list with its status tabs and counts, the detail, and the batch actions. */
package io.junction.web.order;
