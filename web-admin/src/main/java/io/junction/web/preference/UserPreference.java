package io.junction.web.preference;

/**
 * One person's choices, each null until made.
 *
 * @param locale a language tag Junction speaks ({@code zh-CN}, {@code en})
 * @param timeZone a time zone id, e.g. {@code Asia/Shanghai}
 */
public record UserPreference(String username, String locale, String timeZone) {}
