/**
 * Yanwen payloads as its open API spells them (camelCase JSON), shared by the adapter and the
 * simulator so that both read and write the same wire format.
 */
package io.junction.carriers.yanwen.dto;
