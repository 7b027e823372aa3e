package io.junction.web.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked, right password or not, after too many failures for the user from the address. */
public class SignInThrottledException extends AuthenticationException {

    private final Instant until;

    public SignInThrottledException(Instant until) {
        super("too many failed sign-ins: refused until " + until);
        this.until = until;
    }

    /** When attempts are let through again. */
    public Instant until() {
        return until;
    }
}
