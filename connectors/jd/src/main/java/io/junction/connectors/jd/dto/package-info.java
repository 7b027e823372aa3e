/** Records mirroring the parts of JD's gateway payloads that Junction sends or reads. */
package io.junction.connectors.jd.dto;
