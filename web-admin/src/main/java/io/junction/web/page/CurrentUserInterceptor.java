package io.junction.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the signed-in person into every request, so that pages no controller model reaches (an
 * exception handler's page, an error page) still show the header with its navigation.
 * {@link PageModelAdvice} does the same for ordinary pages.
 */
@Configuration(proxyBeanMethods = false)
public class CurrentUserInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    static final String ATTRIBUTE = "currentUser";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(ATTRIBUTE) == null) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            request.setAttribute(ATTRIBUTE, CurrentUser.of(user instanceof AnonymousAuthenticationToken ? null : user));
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
    }
}
