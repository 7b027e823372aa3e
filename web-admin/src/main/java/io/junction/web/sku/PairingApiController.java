package io.junction.web.sku;

import io.junction.sku.CatalogueRefusedException;
import io.junction.sku.Pairing;
import io.junction.sku.PairingDraft;
import io.junction.sku.PairingService;
import io.junction.web.api.ApiInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pairings (商品配对) over JSON and Excel, for clerks and admins: which warehouse SKUs, how many of each,
 * a platform SKU stands for, in one shop, on one platform or everywhere. Adding or changing one
 * allocates the reviewed orders that waited on it, as stock allows.
 */
@RestController
@RequestMapping("/api/v1/sku-pairings")
public class PairingApiController {

    static final int MAX_UNPAIRED = 500;

    private final PairingService pairings;
    private final CatalogueAnswers answers;

    public PairingApiController(PairingService pairings, CatalogueAnswers answers) {
        this.pairings = pairings;
        this.answers = answers;
    }

    /** Suggestions a person accepts: each platform SKU paired, for every shop, with one unit of the SKU. */
    public record AcceptRequest(List<PairingService.Acceptance> pairs) {}

    @GetMapping
    @Operation(summary = "Pairings whose platform SKU contains q, newest first, a page at a time (from 0)")
    public PairingService.Page list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        CatalogueAnswers.checkPage(page, size);
        return pairings.search(q, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pairing with its components")
    public Pairing get(@PathVariable long id) {
        return pairings.get(id);
    }

    @PostMapping
    @Operation(summary = "Pair a platform SKU in a shop (shopId), on a platform (platform) or everywhere (neither)")
    public ResponseEntity<Pairing> create(@RequestBody PairingDraft body, Principal user) {
        Pairing created = pairings.create(body, user.getName());
        return ResponseEntity.created(URI.create("/api/v1/sku-pairings/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a pairing; orders already allocated keep the components they were allocated with")
    public Pairing update(@PathVariable long id, @RequestBody PairingDraft body, Principal user) {
        return pairings.update(id, body, user.getName());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a pairing")
    public ResponseEntity<Void> delete(@PathVariable long id, Principal user) {
        pairings.delete(id, user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/unpaired")
    @Operation(summary = "Platform SKUs seen on orders that nothing pairs, most frequent first, with suggestions")
    public List<PairingService.Unpaired> unpaired(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_UNPAIRED) {
            throw new ApiInputException("limit", "problems.page.size", MAX_UNPAIRED, limit);
        }
        return pairings.unpaired(limit);
    }

    @PostMapping("/suggestions/accept")
    @Operation(
            summary = "Accept suggestions: pair each platform SKU, everywhere, with one unit of its SKU; "
                    + "all or nothing")
    public Map<String, Integer> accept(@RequestBody AcceptRequest body, Principal user) {
        List<PairingService.Acceptance> pairs = body.pairs() == null ? List.of() : body.pairs();
        if (pairs.isEmpty()) {
            throw new ApiInputException("pairs", "catalogue.accept.none");
        }
        if (pairs.stream().anyMatch(p -> p == null || p.platformSku() == null || p.skuCode() == null)) {
            throw new ApiInputException("pairs", "catalogue.accept.incomplete");
        }
        return Map.of("paired", pairings.accept(pairs, user.getName()));
    }

    @GetMapping("/affixes")
    @Operation(summary = "The prefixes and suffixes the seller adds to warehouse codes when listing")
    public PairingService.Affixes affixes() {
        return pairings.affixes();
    }

    @PutMapping("/affixes")
    @Operation(summary = "Replace the prefixes and suffixes suggestions strip from platform SKUs")
    public PairingService.Affixes setAffixes(@RequestBody PairingService.Affixes body) {
        return pairings.setAffixes(body.prefixes(), body.suffixes());
    }

    @GetMapping("/export")
    @Operation(summary = "Every pairing as an .xlsx sheet, one row per component (a valid import)")
    public ResponseEntity<byte[]> export() {
        return SkuApiController.xlsx(PairingWorkbook.write(pairings.all()), "sku-pairings.xlsx");
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Create and replace pairings from an .xlsx sheet with the export's columns; "
                    + "all or nothing: any bad row answers 400 with errors [{row, column, reason}] and imports nothing")
    public Map<String, Integer> importSheet(@RequestPart("file") MultipartFile file, Principal user) {
        PairingWorkbook.Drafts drafts = SkuApiController.readSheet(file, PairingWorkbook::read);
        PairingService.Imported done = pairings.importAll(drafts.rows(), drafts.problems(), user.getName());
        return CatalogueAnswers.imported(done.created(), done.updated());
    }

    @ExceptionHandler(CatalogueRefusedException.class)
    ProblemDetail refused(CatalogueRefusedException e) {
        return answers.refused(e);
    }
}
