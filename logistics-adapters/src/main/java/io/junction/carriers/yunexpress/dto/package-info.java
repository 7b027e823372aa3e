/**
 * YunExpress payloads as the OMS API spells them (PascalCase JSON), shared by the adapter and the
 * simulator so that both read and write the same wire format. Each record is {@link
 * io.junction.carriers.kit.CarrierJson} and spells its fields PascalCase by {@code @JsonNaming}; a
 * {@code @JsonProperty} marks only a field that YunExpress names otherwise.
 */
package io.junction.carriers.yunexpress.dto;
