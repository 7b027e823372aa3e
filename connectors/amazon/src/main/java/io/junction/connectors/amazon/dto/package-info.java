/** Records mirroring the parts of Amazon's payloads that Junction sends or reads. */
package io.junction.connectors.amazon.dto;
