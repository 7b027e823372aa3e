package io.junction.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Registers the annotated configuration or bean only in demo mode ({@code junction.demo.enabled=true}): where a
 * marketplace or carrier module puts its in-process simulator and its {@link DemoMarketplace} or
 * {@link DemoCarrier}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
public @interface ConditionalOnDemoMode {}
