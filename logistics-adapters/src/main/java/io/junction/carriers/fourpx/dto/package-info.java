/**
 * 4PX FOP payloads as the open API spells them (snake_case JSON), shared by the adapter and the
 * simulator so that both read and write the same wire format.
 */
package io.junction.carriers.fourpx.dto;
