package io.junction.web.security;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (form login and HTTP Basic alike) only while the user may still
 * try from that address, counts each failure, and logs every sign-in with the user and the client
 * address, never the password.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
        SignInFailures failures = throttle.failures(username, address);
        Instant blockedUntil = throttle.blockedUntil(failures);
        if (blockedUntil != null) {
            log.warn(
                    "Sign-in refused for user '{}' from {}: too many failed sign-ins, blocked until {}",
                    loggable(username),
                    loggable(address),
                    blockedUntil);
            throw new SignInThrottledException(blockedUntil);
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException failed) {
            throttle.failed(username, address);
            log.warn(
                    "Sign-in failed for user '{}' from {}: {}",
                    loggable(username),
                    loggable(address),
                    failed.getClass().getSimpleName());
            throw failed;
        }
        if (failures != null) {
            throttle.succeeded(username, address);
        }
        log.info("Sign-in succeeded for user '{}' from {}", loggable(username), loggable(address));
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A user name as typed may hold anything: no control character reaches the log to forge a line. */
    static String loggable(String text) {
        if (text == null) {
            return "";
        }
        String clipped = text.length() > 128 ? text.substring(0, 128) + "…" : text;
        StringBuilder out = new StringBuilder(clipped.length());
        clipped.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
