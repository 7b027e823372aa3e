package io.junction.carriers.kit;

import java.util.List;

/**
 * How Chinese carriers' APIs word the refusals an adapter must tell apart, for the settings that leave the
 * wording out (UNCONFIRMED: what the carriers have been seen to answer; each carrier's properties make them
 * settable).
 */
public final class CarrierPhrases {

    /** The reference we sent is taken. */
    public static final List<String> DUPLICATE = List.of("already exist", "duplicate", "已存在", "重复");

    /** The carrier holds no such order. */
    public static final List<String> NOT_FOUND = List.of("not exist", "not found", "不存在");

    /** The order was cancelled before. */
    public static final List<String> ALREADY_CANCELLED = List.of("already cancelled", "already been cancelled", "已取消");

    private CarrierPhrases() {}

    /** The phrases a setting gives, or {@code fallback} when it gives none. */
    public static List<String> phrasesOr(List<String> given, List<String> fallback) {
        return List.copyOf(given == null ? fallback : given);
    }
}
