/** What every REST endpoint shares: errors as RFC 9457 problem details, and the batch-action body. */
package io.junction.web.api;
