package io.junction.connectors.amazon.dto;

/** One entry of Amazon's {@code {"errors":[{"code","message","details"}]}}. */
public record AmazonError(String code, String message, String details) {}
