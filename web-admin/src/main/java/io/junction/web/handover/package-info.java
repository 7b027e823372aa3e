/** Hand-over (交接) at the station: its API and its page. */
package io.junction.web.handover;
