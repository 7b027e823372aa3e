package io.junction.picking;

import java.util.Comparator;

/**
 * The order a picker walks the bins in: bin codes compared piece by piece, runs of digits by their number
 * ({@code A-2} before {@code A-10}), letters case-insensitively; a SKU with no bin comes last.
 */
final class BinOrder implements Comparator<String> {

    static final Comparator<String> INSTANCE = Comparator.nullsLast(new BinOrder());

    private BinOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int byNumber = new java.math.BigInteger(a.substring(si, i))
                        .compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (byNumber != 0) {
                    return byNumber;
                }
            } else {
                int byChar = Character.compare(Character.toUpperCase(x), Character.toUpperCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
