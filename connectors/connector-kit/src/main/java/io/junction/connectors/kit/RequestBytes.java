package io.junction.connectors.kit;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A request body held in memory. A write's is one-shot: OkHttp must never resend it by itself, since
 * its transparent retry on a failed connection would turn a lost answer into a second shipment.
 */
public final class RequestBytes extends RequestBody {
    private final byte[] bytes;
    private final MediaType type;
    private final boolean oneShot;

    private RequestBytes(byte[] bytes, MediaType type, boolean oneShot) {
        this.bytes = bytes;
        this.type = type;
        this.oneShot = oneShot;
    }

    /** A body OkHttp may resend (a read), or never resends by itself (a write). */
    public static RequestBytes of(byte[] bytes, MediaType type, boolean oneShot) {
        return new RequestBytes(bytes, type, oneShot);
    }

    /** {@code body}'s bytes as a one-shot body of {@code type}. */
    public static RequestBytes oneShot(RequestBody body, MediaType type) throws IOException {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return new RequestBytes(buffer.readByteArray(), type, true);
    }

    @Override
    public MediaType contentType() {
        return type;
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    @Override
    public boolean isOneShot() {
        return oneShot;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        sink.write(bytes);
    }
}
