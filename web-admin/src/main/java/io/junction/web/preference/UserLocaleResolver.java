package io.junction.web.preference;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * The language and time zone of each request. For the pages: the signed-in person's stored choice,
 * else the language chosen in this browser (a cookie, so the sign-in page has it too), else the
 * browser's {@code Accept-Language}, else Chinese. For the API, an {@code Accept-Language} the client
 * sends wins over the stored choice: an integration asks for the language it parses. The time zone
 * is the stored one, else the language's own (Beijing time for Chinese, UTC otherwise).
 */
@Component("localeResolver")
public class UserLocaleResolver implements LocaleContextResolver {

    /** Remembers the language chosen in a browser, for pages shown before sign-in. */
    static final String COOKIE = "junction-lang";

    private static final String CACHED = UserLocaleResolver.class.getName() + ".preference";

    private final PreferenceMapper preferences;
    private final Clock clock;

    public UserLocaleResolver(PreferenceMapper preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Optional<Locale> asked = acceptLanguage(request);
        if (isApi(request) && asked.isPresent()) {
            return asked.get();
        }
        return stored(request)
                .flatMap(p -> Languages.parse(p.locale()))
                .or(() -> cookie(request))
                .or(() -> asked)
                .orElse(Languages.CHINESE);
    }

    /**
     * Resolved when first asked for, not for every request: a stylesheet or a script served to a
     * signed-in person needs neither, and the stored choice is a database read.
     */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new TimeZoneAwareLocaleContext() {
            private TimeZoneAwareLocaleContext resolved;

            @Override
            public Locale getLocale() {
                return resolved().getLocale();
            }

            @Override
            public TimeZone getTimeZone() {
                return resolved().getTimeZone();
            }

            private TimeZoneAwareLocaleContext resolved() {
                if (resolved == null) {
                    Locale locale = resolveLocale(request);
                    ZoneId zone = stored(request)
                            .flatMap(p -> Languages.zone(p.timeZone()))
                            .orElseGet(() -> Languages.defaultZone(locale));
                    resolved = new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone));
                }
                return resolved;
            }
        };
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        setLocaleContext(request, response, locale == null ? null : new SimpleTimeZoneAwareLocaleContext(locale, null));
    }

    /** Remembers the language in the browser and, for a signed-in person, in their preferences. */
    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale locale =
                context == null ? null : Languages.match(context.getLocale()).orElse(null);
        if (locale == null) {
            return;
        }
        remember(request, response, locale, null);
    }

    /** Stores the choices ({@code zone} null keeps the stored one) and remembers the language in the browser. */
    public void remember(HttpServletRequest request, HttpServletResponse response, Locale locale, ZoneId zone) {
        Principal user = request.getUserPrincipal();
        if (user != null) {
            String zoneId = zone == null ? null : zone.getId();
            preferences.save(user.getName(), locale.toLanguageTag(), zoneId, clock.instant());
            request.removeAttribute(CACHED);
        }
        ResponseCookie cookie = ResponseCookie.from(COOKIE, locale.toLanguageTag())
                .path("/")
                .maxAge(Duration.ofDays(365))
                .httpOnly(true)
                .sameSite("Lax")
                .secure(request.isSecure())
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** What the signed-in person stored, read once per request. */
    public Optional<UserPreference> stored(HttpServletRequest request) {
        Object cached = request.getAttribute(CACHED);
        if (cached instanceof UserPreference p) {
            return Optional.of(p);
        }
        if (cached != null) {
            return Optional.empty();
        }
        Principal user = request.getUserPrincipal();
        UserPreference found = user == null ? null : preferences.find(user.getName());
        request.setAttribute(CACHED, found == null ? Boolean.FALSE : found);
        return Optional.ofNullable(found);
    }

    private static Optional<Locale> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return Languages.parse(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** The first language of the {@code Accept-Language} header that Junction speaks, if the header was sent. */
    private static Optional<Locale> acceptLanguage(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(Languages::match)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
