package io.junction.sku;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A SKU, a pairing or an import refused with every reason; nothing was changed.
 * {@link #conflict()} says whether it clashes with what exists (a code or barcode taken: 409) rather than
 * being malformed (400).
 */
public class CatalogueRefusedException extends RuntimeException {

    /** One reason, with the row of the sheet it was found on (1 = the header; 0 outside an import). */
    public record RowProblem(int row, CatalogueProblem problem) {}

    private final transient List<RowProblem> problems;
    private final boolean conflict;

    public CatalogueRefusedException(List<RowProblem> problems, boolean conflict) {
        super(problems.stream()
                .map(p -> (p.row() > 0 ? "row " + p.row() + " " : "") + p.problem())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    /** Outside an import: the problems of one SKU or pairing. */
    public static CatalogueRefusedException of(List<CatalogueProblem> problems, boolean conflict) {
        return new CatalogueRefusedException(
                problems.stream().map(p -> new RowProblem(0, p)).toList(), conflict);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public boolean conflict() {
        return conflict;
    }
}
