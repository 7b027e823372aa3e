package io.junction.logistics;

/** A seller's account with one carrier; credentials encrypted. */
public record CarrierAccount(long id, String carrier, String name, String endpoint, String credentialsEnc) {
    @Override
    public String toString() {
        return "CarrierAccount[id=" + id + ", carrier=" + carrier + ", name=" + name + "]";
    }
}
