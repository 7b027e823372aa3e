package io.junction.rules;

import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException.Problem;
import io.junction.persistence.GeneratedId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The blacklist (黑名单) of buyers, addresses, e-mails and phones whose orders the checks hold. */
@Service
public class Blacklist {

    static final int MAX_VALUE = 255;

    private final RuleMapper rules;
    private final Clock clock;

    public Blacklist(RuleMapper rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** One page of entries, newest first, of one kind or all (null). */
    public record Page(List<BlacklistEntry> items, long total, int page, int size) {}

    public Page page(BlacklistKind kind, int page, int size) {
        return new Page(rules.blacklistPage(kind, page * size, size), rules.countBlacklist(kind), page, size);
    }

    /**
     * Adds an entry, its value normalised as the check compares it.
     *
     * @throws RuleRefusedException with every reason, or when the entry is there already (a conflict)
     */
    @Transactional
    public BlacklistEntry add(String kindText, String value, String note, String actor) {
        List<Problem> problems = new ArrayList<>();
        BlacklistKind kind = null;
        if (kindText == null || kindText.isBlank()) {
            problems.add(
                    new Problem("kind", "kind: say BUYER, ADDRESS, EMAIL or PHONE", Refusal.of("blacklistKind", "")));
        } else {
            try {
                kind = BlacklistKind.valueOf(kindText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(
                        "kind",
                        "kind: BUYER, ADDRESS, EMAIL or PHONE, not " + kindText,
                        Refusal.of("blacklistKind", kindText)));
            }
        }
        String normalised = kind == null ? null : kind.normalise(value);
        if (value == null || value.isBlank() || (normalised != null && normalised.isEmpty())) {
            problems.add(new Problem("value", "value: required", Refusal.of("required")));
        } else if (value.length() > MAX_VALUE) {
            problems.add(new Problem(
                    "value", "value: at most " + MAX_VALUE + " characters", Refusal.of("tooLong", MAX_VALUE)));
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > MAX_VALUE) {
            problems.add(new Problem(
                    "note", "note: at most " + MAX_VALUE + " characters", Refusal.of("tooLong", MAX_VALUE)));
        }
        if (!problems.isEmpty()) {
            throw new RuleRefusedException(problems, false);
        }
        if (rules.findBlacklisted(kind, normalised) != null) {
            throw new RuleRefusedException(
                    List.of(new Problem(
                            "value", "value: on the blacklist already", Refusal.of("blacklisted", normalised))),
                    true);
        }
        GeneratedId key = new GeneratedId();
        rules.insertBlacklisted(key, new BlacklistEntry(0, kind, normalised, why, actor, clock.instant()));
        return rules.findBlacklistEntry(key.get());
    }

    /** @throws NoSuchElementException when there is no such entry */
    @Transactional
    public void remove(long id) {
        if (rules.deleteBlacklisted(id) == 0) {
            throw new NoSuchElementException("No blacklist entry " + id);
        }
    }
}
