/** Shops in the admin: the list, and "sync now". */
package io.junction.web.shop;
