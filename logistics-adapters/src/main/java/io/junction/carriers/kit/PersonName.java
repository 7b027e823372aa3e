package io.junction.carriers.kit;

/**
 * A recipient's name as carriers' forms want it, in given and family name. Several words: the last
 * is the family name, the rest the given names ("Anna Maria Schmidt" → "Anna Maria" / "Schmidt").
 * One word, or a name written without spaces (张伟): all of it as given name, family name null,
 * rather than guessing a split.
 */
public record PersonName(String first, String last) {

    public static PersonName split(String full) {
        if (full == null || full.isBlank()) {
            return new PersonName(null, null);
        }
        String clean = full.strip().replaceAll("\\s+", " ");
        int space = clean.lastIndexOf(' ');
        if (space < 0) {
            return new PersonName(clean, null);
        }
        return new PersonName(clean.substring(0, space), clean.substring(space + 1));
    }
}
