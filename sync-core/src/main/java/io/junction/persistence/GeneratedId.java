package io.junction.persistence;

/** Receives the key MyBatis generates on insert, for rows whose domain types are immutable records. */
public class GeneratedId {
    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }

    /** The generated key, or an error if the insert produced none. */
    public long get() {
        if (value == null) {
            throw new IllegalStateException("the insert generated no key");
        }
        return value;
    }
}
