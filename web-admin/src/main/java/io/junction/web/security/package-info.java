/**
 * Security: form login for pages, HTTP Basic for the API, roles admin / clerk / packer, passwords
 * hashed (bcrypt by default) in {@code app_user}; sign-ins throttled per user and client address in
 * the database; and each request scoped to the signed-in person's shops ({@code app_user_shop}).
 */
package io.junction.web.security;
