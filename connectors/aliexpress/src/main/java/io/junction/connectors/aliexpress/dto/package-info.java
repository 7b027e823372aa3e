/** Records mirroring the parts of AliExpress's payloads that Junction sends or reads. */
package io.junction.connectors.aliexpress.dto;
