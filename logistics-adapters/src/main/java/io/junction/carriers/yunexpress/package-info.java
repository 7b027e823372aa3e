/**
 * YunExpress (云途) classic OMS API: the reference carrier adapter. Thin adapter, HTTP-only
 * client, pure translator, status lookups and properties; the simulator lives in
 * {@code simulator}, the wire format in {@code dto}.
 */
package io.junction.carriers.yunexpress;
