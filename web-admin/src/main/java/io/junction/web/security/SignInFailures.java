package io.junction.web.security;

import java.time.Instant;

/**
 * Failed sign-ins for one user name from one client address.
 *
 * @param failures how many failed since {@code firstFailedAt}, the start of the counting window
 * @param blockedUntil until when every attempt is refused, null while not blocked
 */
public record SignInFailures(
        String username, String address, int failures, Instant firstFailedAt, Instant blockedUntil) {}
