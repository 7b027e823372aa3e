package io.junction.simulator.label;

import java.util.Objects;

/**
 * The words a label prints beside its fields, in the language of whoever prints it: the renderer has
 * none of its own. A carrier's simulator passes the carrier's words; a label Junction prints for a
 * person passes texts from its message bundles. Each caption carries its own punctuation.
 *
 * @param shipTo above the recipient's address, e.g. "SHIP TO" or "收件人"
 * @param from before the sender line, e.g. "From:" or "寄件人："
 * @param reference before our reference, e.g. "Ref:" or "参考号："
 * @param phone before the recipient's phone number, e.g. "Tel" or "电话："
 */
public record LabelCaptions(String shipTo, String from, String reference, String phone) {

    public LabelCaptions {
        Objects.requireNonNull(shipTo, "shipTo");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(phone, "phone");
    }
}
