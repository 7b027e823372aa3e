/** The web admin: REST API under /api/v1, server-rendered pages, the scan-out station, security and demo mode. */
package io.junction.web;
