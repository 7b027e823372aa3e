package io.junction.rules;

/**
 * What one condition found about one order: whether it is met, and why, in English (for the dry run's
 * explanation, logs and tests).
 */
public record Verdict(String condition, boolean met, String why) {

    static Verdict met(String condition, String why) {
        return new Verdict(condition, true, why);
    }

    static Verdict missed(String condition, String why) {
        return new Verdict(condition, false, why);
    }
}
