/**
 * Yanwen (燕文) through its open API, in the shape of the YunExpress reference: thin adapter,
 * HTTP-only client (Yanwen's MD5 signature in the query), pure translator, status enum and properties
 * holding the UNCONFIRMED facts; the simulator lives in {@code simulator}, the wire format in {@code dto}.
 */
package io.junction.carriers.yanwen;
