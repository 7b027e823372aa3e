/**
 * YunExpress payloads as the OMS API spells them (PascalCase JSON), shared by the adapter and the
 * simulator so that both read and write the same wire format.
 */
package io.junction.carriers.yunexpress.dto;
