package io.junction.sku;

import java.util.Arrays;

/**
 * One reason a SKU or a pairing cannot be saved as asked, tied to the field to fix.
 *
 * @param field the JSON property (and Excel column) at fault
 * @param code the reason, a key of the {@code catalogue} bundle after {@code catalogue.problem.}
 * @param args what the reason's text names
 */
public record CatalogueProblem(String field, String code, Object... args) {

    public CatalogueProblem {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogueProblem p
                && p.field.equals(field)
                && p.code.equals(code)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + code.hashCode();
    }

    @Override
    public String toString() {
        return field + ": " + code + Arrays.toString(args);
    }
}
