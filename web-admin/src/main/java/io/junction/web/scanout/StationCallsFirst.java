package io.junction.web.scanout;

import io.junction.job.ForegroundGate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each packing station's call (the scan-out API and the station page) as in flight from before its sign-in
 * check to its answer, so that this node's background jobs let it go first ({@link ForegroundGate}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class StationCallsFirst extends OncePerRequestFilter {

    private final ForegroundGate foreground;

    public StationCallsFirst(ForegroundGate foreground) {
        this.foreground = foreground;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !under(path, "/api/v1/scan-out") && !under(path, "/scan-out");
    }

    /** Whether the path is the folder itself or below it ({@code /scan-outs} is not under {@code /scan-out}). */
    private static boolean under(String path, String folder) {
        return path.equals(folder) || path.startsWith(folder + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        foreground.enter();
        try {
            chain.doFilter(request, response);
        } finally {
            foreground.leave();
        }
    }
}
