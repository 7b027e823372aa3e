package io.junction.returns;

/** What becomes of a returned unit. */
public enum Disposition {
    /** Back on the shelf: on hand up, by a RETURN movement of the stock ledger. */
    RESTOCK,
    /** Not sellable again: counted, no stock moves. */
    SCRAP
}
