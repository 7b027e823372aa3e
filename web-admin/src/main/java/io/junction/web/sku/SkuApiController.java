package io.junction.web.sku;

import io.junction.sku.CatalogueRefusedException;
import io.junction.sku.CatalogueSku;
import io.junction.sku.SkuCatalogue;
import io.junction.sku.SkuDraft;
import io.junction.web.api.ApiInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
 * The catalogue over JSON and Excel, for clerks and admins: find SKUs with their stock, add and change
 * them, and import or export the whole catalogue as .xlsx. A refusal lists every reason and changes
 * nothing; an import with any bad row imports nothing and names every bad row.
 */
@RestController
@RequestMapping("/api/v1/skus")
public class SkuApiController {

    private final SkuCatalogue catalogue;
    private final CatalogueAnswers answers;

    public SkuApiController(SkuCatalogue catalogue, CatalogueAnswers answers) {
        this.catalogue = catalogue;
        this.answers = answers;
    }

    @GetMapping
    @Operation(summary = "SKUs whose code, name or barcode contains q, with their stock, a page at a time (from 0)")
    public SkuCatalogue.Page list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        CatalogueAnswers.checkPage(page, size);
        return catalogue.search(q, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One SKU with its barcodes and stock (onHand, reserved, available)")
    public CatalogueSku get(@PathVariable long id) {
        return catalogue.get(id);
    }

    @PostMapping
    @Operation(summary = "Add a SKU (no stock: stock arrives by receipt)")
    public ResponseEntity<CatalogueSku> create(@RequestBody SkuDraft body, Principal user) {
        CatalogueSku created = catalogue.create(body, user.getName());
        return ResponseEntity.created(URI.create("/api/v1/skus/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace what the catalogue says of a SKU; its stock stays as it is")
    public CatalogueSku update(@PathVariable long id, @RequestBody SkuDraft body, Principal user) {
        return catalogue.update(id, body, user.getName());
    }

    @GetMapping("/export")
    @Operation(summary = "The whole catalogue as an .xlsx sheet, one row per SKU (a valid import)")
    public ResponseEntity<byte[]> export() {
        return xlsx(SkuWorkbook.write(catalogue.all()), "skus.xlsx");
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Create and update SKUs by code from an .xlsx sheet with the export's columns; "
                    + "all or nothing: any bad row answers 400 with errors [{row, column, reason}] and imports nothing")
    public Map<String, Integer> importSheet(@RequestPart("file") MultipartFile file, Principal user) {
        SkuWorkbook.Drafts drafts = readSheet(file, SkuWorkbook::read);
        SkuCatalogue.Imported done = catalogue.importAll(drafts.rows(), drafts.problems(), user.getName());
        return CatalogueAnswers.imported(done.created(), done.updated());
    }

    @ExceptionHandler(CatalogueRefusedException.class)
    ProblemDetail refused(CatalogueRefusedException e) {
        return answers.refused(e);
    }

    /** A sheet reader that may find the upload is no workbook. */
    interface SheetReader<T> {
        T read(java.io.InputStream in) throws IOException;
    }

    static <T> T readSheet(MultipartFile file, SheetReader<T> reader) {
        if (file == null || file.isEmpty()) {
            throw new ApiInputException("file", "catalogue.import.noFile");
        }
        try (java.io.InputStream in = file.getInputStream()) {
            return reader.read(in);
        } catch (IOException notAWorkbook) {
            throw new ApiInputException("file", "catalogue.import.unreadable");
        }
    }

    static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return XlsxTable.download(body, filename);
    }
}
