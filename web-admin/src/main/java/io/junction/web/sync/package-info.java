/** Sync over JSON: back-fills of a date range, queued and watched. */
package io.junction.web.sync;
