package io.junction.web.page;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller whose missing orders, shops, SKUs, pairings, rules or users answer 404 with the
 * "not found" page that leads back to the orders ({@link NotFoundPageAdvice}), rather than the plain error page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NotFoundPage {}
