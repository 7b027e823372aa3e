/**
 * 4PX FOP payloads as the open API spells them (snake_case JSON), shared by the adapter and the
 * simulator so that both read and write the same wire format. Each record is {@link
 * io.junction.carriers.kit.CarrierJson} and spells its fields snake_case by {@code @JsonNaming}; a
 * {@code @JsonProperty} marks only a field that FOP names otherwise.
 */
package io.junction.carriers.fourpx.dto;
