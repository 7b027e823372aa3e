/** Carrier accounts and logistics methods over the REST API and on their pages. */
package io.junction.web.logistics;
