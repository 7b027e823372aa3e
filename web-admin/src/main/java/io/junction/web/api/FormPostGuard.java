package io.junction.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses an API call that changes something when its body is of a type an HTML form can send
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}): another
 * site's page can make a browser send such a form with the user's cached HTTP Basic credential, without
 * CSRF protection on the stateless API to stop it. Body-less calls (sync, disable, retry, ship…) would
 * otherwise run; JSON calls are refused anyway. Answers 415 problem details; nothing is changed.
 */
public class FormPostGuard implements HandlerInterceptor {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    private static final List<MediaType> FORM_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotSupportedException {
        String contentType = request.getContentType();
        if (contentType == null || SAFE.contains(HttpMethod.valueOf(request.getMethod()))) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            // a form's type with a malformed parameter is still a form's type
            type = MediaType.parseMediaType(contentType.split(";", 2)[0].trim());
        }
        MediaType sent = type;
        if (FORM_TYPES.stream().anyMatch(form -> form.equalsTypeAndSubtype(sent))) {
            throw new HttpMediaTypeNotSupportedException(sent, List.of(MediaType.APPLICATION_JSON),
                    HttpMethod.valueOf(request.getMethod()));
        }
        return true;
    }
}
