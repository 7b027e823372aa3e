package io.junction.web.preference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch in every page's header (also before sign-in) and the preferences page, where a
 * signed-in person chooses their language and time zone. Both are plain forms with the CSRF token.
 */
@Controller
public class PreferenceController {

    private final UserLocaleResolver resolver;

    public PreferenceController(UserLocaleResolver resolver) {
        this.resolver = resolver;
    }

    /** The header's switch: the language changes, the page the person was on comes back. */
    @PostMapping("/preferences/language")
    public String switchLanguage(
            @RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
        Languages.parse(lang).ifPresent(locale -> resolver.remember(request, response, locale, null));
        return "redirect:" + back(request);
    }

    @GetMapping("/preferences")
    public String form(Model model) {
        model.addAttribute(
                "languages",
                Languages.SUPPORTED.stream().map(Locale::toLanguageTag).toList());
        model.addAttribute("currentLanguage", LocaleContextHolder.getLocale().toLanguageTag());
        String zone = LocaleContextHolder.getTimeZone().toZoneId().getId();
        Set<String> zones = new LinkedHashSet<>(Languages.ZONES);
        zones.add(zone);
        model.addAttribute("zones", zones);
        model.addAttribute("currentZone", zone);
        return "preferences";
    }

    @PostMapping("/preferences")
    public String save(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String timeZone,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Locale> locale = Languages.parse(lang);
        Optional<ZoneId> zone = Languages.zone(timeZone);
        if (locale.isEmpty() || zone.isEmpty()) {
            model.addAttribute("refused", true);
            return form(model);
        }
        resolver.remember(request, response, locale.get(), zone.get());
        return "redirect:/preferences?saved";
    }

    /**
     * Where the switch came from: the path and query of the {@code Referer}, never another host, so
     * the switch cannot be used to send someone elsewhere.
     */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return "/";
            }
            String context = request.getContextPath();
            if (!context.isEmpty() && path.startsWith(context)) {
                path = path.substring(context.length());
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAUri) {
            return "/";
        }
    }
}
