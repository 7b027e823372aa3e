package io.junction.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request body above {@code junction.api.max-body} (1 MB: a batch of 1,000 order ids
 * is 20 kB) with 413 before it is parsed: one that says its length at once, one sent in chunks
 * as soon as it has read past the limit.
 */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final ApiProblems problems;

    public RequestBodyLimit(@Value("${junction.api.max-body:1MB}") DataSize limit, ApiProblems problems) {
        this.limit = limit.toBytes();
        this.problems = problems;
    }

    /** How far a body reached past the limit; a cause of the parser's failure. */
    static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "problems.body.tooLarge", describe(limit));
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Limited(request, limit), response);
    }

    /** Whether the failure came from a body past the limit. */
    static boolean exceeded(Throwable e) {
        return limitOf(e) > 0;
    }

    static long limitOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return tooLarge.limit;
            }
        }
        return -1;
    }

    /** The limit as a person reads it: "1 MB", "512 kB". */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " kB" : bytes + " B";
    }

    /** A body of unknown length, read no further than the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
