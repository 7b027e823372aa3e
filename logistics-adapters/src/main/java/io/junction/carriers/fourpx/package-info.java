/**
 * 4PX (递四方) through its FOP open API, in the shape of the YunExpress reference: thin adapter,
 * HTTP-only client (FOP's MD5 signature in the query), pure translator and properties holding the
 * UNCONFIRMED facts; the simulator lives in {@code simulator}, the wire format in {@code dto}.
 */
package io.junction.carriers.fourpx;
