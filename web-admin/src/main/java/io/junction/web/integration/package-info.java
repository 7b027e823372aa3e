/** Wires the marketplace connectors and carrier adapters that sync-core finds through its SPIs. */
package io.junction.web.integration;
