package io.junction.carriers.kit;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How every carrier payload record reads and writes JSON: what we leave null is not sent, and what a
 * carrier adds to its answers is ignored. The record names its wire fields itself: a {@code @JsonNaming}
 * for the carrier's convention, {@code @JsonProperty} for the fields that do not follow it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public @interface CarrierJson {}
