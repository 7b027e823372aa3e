/**
 * Yanwen payloads as its open API spells them (camelCase JSON), shared by the adapter and the
 * simulator so that both read and write the same wire format. Each record is {@link
 * io.junction.carriers.kit.CarrierJson}; its fields are named as the JSON names them.
 */
package io.junction.carriers.yanwen.dto;
