/** The quarantine: platform orders that could not be read, kept whole until they are retried or dismissed. */
package io.junction.web.quarantine;
