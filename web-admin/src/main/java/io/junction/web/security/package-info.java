/**
 * Security: form login for pages, HTTP Basic for the API, roles admin / clerk / packer, passwords
 * hashed (bcrypt by default) in {@code app_user}.
 */
package io.junction.web.security;
