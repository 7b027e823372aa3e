package io.junction.secret;

import io.junction.outcome.RemoteOutcome;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of a text that came from a platform or a carrier before it is stored, logged or
 * shown. An upstream that echoes the request in its error puts the shop's or the carrier account's
 * credentials, tokens and signatures into its answer; a clerk reads that answer in the sync status.
 * Every credential value of the account is masked (as sent and URL-encoded), and so is whatever
 * follows {@code session=}, {@code access_token=}, {@code sign=}, an {@code Authorization} header or a
 * JSON {@code "access_token":"…"} pair, whoever's secret it is.
 */
public final class Redaction {

    /** What stands in place of a secret. */
    public static final String MASK = "[redacted]";

    /** Shorter values would mask ordinary words and numbers; no real credential is this short. */
    private static final int MIN_SECRET = 4;

    private static final String NAMES = "session|access_?token|refresh_?token|client_?secret|app_?secret|app_?key"
            + "|sign|signature|password|x-amz-access-token|token";

    /** {@code name=value} in a query string or a form body. */
    private static final Pattern PAIR = Pattern.compile("(?i)(?<![\\w-])((?:" + NAMES + ")=)[^&\\s\"',;<>]+");

    /** {@code "name":"value"} in JSON, also with escaped quotes inside a JSON string. */
    private static final Pattern JSON_PAIR = Pattern.compile(
            "(?i)((?:\\\\?\")(?:" + NAMES + ")(?:\\\\?\")\\s*:\\s*(?:\\\\?\"))(?:[^\"\\\\]|\\\\(?!\"))*");

    /** {@code Authorization: Basic …} or {@code x-amz-access-token: …} as a header echoed back. */
    private static final Pattern HEADER = Pattern.compile(
            "(?i)((?:authorization|x-amz-access-token)\\s*[:=]\\s*(?:(?:basic|bearer)\\s+)?)[^\\s,;\"'&]+");

    private static final Redaction PATTERNS_ONLY = new Redaction(List.of());

    private final List<String> secrets;

    private Redaction(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Masks these values wherever they appear, beside the patterns every text is cleared of. */
    public static Redaction of(Collection<String> secrets) {
        Set<String> all = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret != null && secret.strip().length() >= MIN_SECRET) {
                all.add(secret);
                all.add(secret.strip());
                all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
                all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        // the longest first, so that a secret that contains another is masked whole
        return new Redaction(all.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
    }

    /** Masks the values of these credentials (the keys are no secret). */
    public static Redaction of(Map<String, String> credentials) {
        return of(credentials == null ? List.of() : credentials.values());
    }

    /** Masks only the patterns, where no account's credentials are at hand. */
    public static Redaction patternsOnly() {
        return PATTERNS_ONLY;
    }

    /** The text with every secret masked; null stays null. */
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        out = mask(PAIR, out);
        out = mask(JSON_PAIR, out);
        return mask(HEADER, out);
    }

    /** The outcome with its refusal or its cause masked; a success is passed as it is. */
    public <T> RemoteOutcome<T> apply(RemoteOutcome<T> outcome) {
        if (outcome instanceof RemoteOutcome.Rejected<T> r) {
            return RemoteOutcome.rejected(apply(r.code()), apply(r.message()));
        }
        if (outcome instanceof RemoteOutcome.Unknown<T> u) {
            return RemoteOutcome.unknown(apply(u.cause()));
        }
        return outcome;
    }

    private static String mask(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + MASK));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
