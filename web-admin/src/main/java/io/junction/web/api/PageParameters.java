package io.junction.web.api;

/** The {@code page} (from 0) and {@code size} a list is asked for, checked before anything is read. */
public final class PageParameters {

    private PageParameters() {}

    /** Refused (400, naming the parameter) when the page is negative, the size out of 1..max, or page × size too far. */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new ApiInputException("page", "problems.page.negative", page);
        }
        if (size < 1 || size > maxSize) {
            throw new ApiInputException("size", "problems.page.size", maxSize, size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new ApiInputException("page", "problems.page.tooFar", page);
        }
    }

    /** Refused (400, naming the parameter) when the most rows a list is asked for ({@code limit}) is out of 1..max. */
    public static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new ApiInputException("limit", "problems.parameter.invalid", "limit");
        }
    }
}
