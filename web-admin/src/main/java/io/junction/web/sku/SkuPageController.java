package io.junction.web.sku;

import io.junction.sku.CatalogueRefusedException;
import io.junction.sku.CatalogueSku;
import io.junction.sku.SkuCatalogue;
import io.junction.sku.SkuDraft;
import io.junction.web.page.NotFoundPage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SKUs page (商品): search the catalogue with each SKU's stock inline, add and edit SKUs, print a
 * sheet of barcode labels for the ticked ones, and move the catalogue in and out as Excel.
 */
@Controller
@NotFoundPage
@RequestMapping("/skus")
public class SkuPageController {

    static final int PAGE_SIZE = 50;
    static final int MAX_COPIES = 100;

    private final SkuCatalogue catalogue;
    private final CatalogueAnswers answers;

    public SkuPageController(SkuCatalogue catalogue, CatalogueAnswers answers) {
        this.catalogue = catalogue;
        this.answers = answers;
    }

    /** The form's fields as typed, so that a refused form comes back as it was. */
    public record SkuForm(
            String code,
            String name,
            String nameEn,
            String barcodes,
            String weightGrams,
            String lengthMm,
            String widthMm,
            String heightMm,
            String declaredNameEn,
            String declaredNameCn,
            String declaredValue,
            String declaredCurrency,
            String hsCode,
            boolean battery,
            boolean liquid,
            boolean magnetic,
            String location,
            String imageUrl,
            String lowStockThreshold,
            boolean enabled) {

        static SkuForm empty() {
            return new SkuForm(
                    "", "", "", "", "", "", "", "", "", "", "", "CNY", "", false, false, false, "", "", "0", true);
        }

        static SkuForm of(CatalogueSku s) {
            return new SkuForm(
                    s.code(),
                    s.name(),
                    s.nameEn(),
                    String.join(", ", s.barcodes()),
                    String.valueOf(s.weightGrams()),
                    text(s.lengthMm()),
                    text(s.widthMm()),
                    text(s.heightMm()),
                    s.declaredNameEn(),
                    s.declaredNameCn(),
                    s.declaredValue() == null ? "" : s.declaredValue().toPlainString(),
                    s.declaredCurrency(),
                    s.hsCode(),
                    s.battery(),
                    s.liquid(),
                    s.magnetic(),
                    s.location(),
                    s.imageUrl(),
                    String.valueOf(s.lowStockThreshold()),
                    s.enabled());
        }

        private static String text(Integer n) {
            return n == null ? "" : String.valueOf(n);
        }

        /** The draft, or the fields that are not numbers. */
        SkuDraft draft(List<CatalogueAnswers.Reason> problems, CatalogueAnswers answers) {
            return new SkuDraft(
                    code,
                    name,
                    nameEn,
                    SkuWorkbook.barcodes(barcodes),
                    integer("weightGrams", weightGrams, problems, answers),
                    integer("lengthMm", lengthMm, problems, answers),
                    integer("widthMm", widthMm, problems, answers),
                    integer("heightMm", heightMm, problems, answers),
                    declaredNameEn,
                    declaredNameCn,
                    decimal(declaredValue, problems, answers),
                    declaredCurrency,
                    hsCode,
                    battery,
                    liquid,
                    magnetic,
                    location,
                    imageUrl,
                    integer("lowStockThreshold", lowStockThreshold, problems, answers),
                    enabled);
        }

        private static Integer integer(
                String field, String value, List<CatalogueAnswers.Reason> problems, CatalogueAnswers answers) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException notANumber) {
                problems.add(answers.notANumber(field, "integer"));
                return null;
            }
        }

        private static BigDecimal decimal(
                String value, List<CatalogueAnswers.Reason> problems, CatalogueAnswers answers) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(value.strip());
            } catch (NumberFormatException notANumber) {
                problems.add(answers.notANumber("declaredValue", "number"));
                return null;
            }
        }
    }

    @GetMapping
    public String list(
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        int from = Math.max(0, page);
        SkuCatalogue.Page found = catalogue.search(q, from, PAGE_SIZE);
        model.addAttribute("skus", found.items());
        pager(model, q, from, PAGE_SIZE, found.total());
        return "skus/list";
    }

    @GetMapping("/new")
    public String create(Model model) {
        model.addAttribute("form", SkuForm.empty());
        return "skus/edit";
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        CatalogueSku sku = catalogue.get(id);
        model.addAttribute("sku", sku);
        model.addAttribute("form", SkuForm.of(sku));
        return "skus/edit";
    }

    @PostMapping
    public String add(@ModelAttribute SkuForm form, Principal user, Model model, RedirectAttributes flash) {
        return save(null, form, user, model, flash);
    }

    @PostMapping("/{id}")
    public String update(
            @PathVariable long id,
            @ModelAttribute SkuForm form,
            Principal user,
            Model model,
            RedirectAttributes flash) {
        return save(catalogue.get(id), form, user, model, flash);
    }

    private String save(CatalogueSku before, SkuForm form, Principal user, Model model, RedirectAttributes flash) {
        List<CatalogueAnswers.Reason> problems = new ArrayList<>();
        SkuDraft draft = form.draft(problems, answers);
        try {
            if (problems.isEmpty()) {
                CatalogueSku saved = before == null
                        ? catalogue.create(draft, user.getName())
                        : catalogue.update(before.id(), draft, user.getName());
                flash.addFlashAttribute("saved", saved.code());
                return "redirect:/skus?q=" + URLEncoder.encode(saved.code(), StandardCharsets.UTF_8);
            }
        } catch (CatalogueRefusedException e) {
            problems.addAll(answers.reasons(e));
        }
        model.addAttribute("sku", before);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "skus/edit";
    }

    /** A sheet of barcode labels for the ticked SKUs, {@code copies} of each, to stick on goods received. */
    @GetMapping(value = "/labels", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> labels(
            @RequestParam(name = "id", required = false) List<Long> ids, @RequestParam(defaultValue = "1") int copies) {
        List<CatalogueSku> skus = (ids == null ? List.<Long>of() : ids)
                .stream().distinct().map(catalogue::get).toList();
        if (skus.isEmpty()) {
            throw new NoSuchElementException("no SKU chosen");
        }
        byte[] pdf = SkuLabelSheet.render(skus, Math.max(1, Math.min(MAX_COPIES, copies)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"sku-labels.pdf\"")
                .body(pdf);
    }

    @GetMapping("/export")
    public ResponseEntity<byte[]> export() {
        return SkuApiController.xlsx(SkuWorkbook.write(catalogue.all()), "skus.xlsx");
    }

    @GetMapping("/import")
    public String importForm(Model model) {
        model.addAttribute("kind", "skus");
        return "catalogue/import";
    }

    @PostMapping("/import")
    public String importSheet(
            @RequestParam(name = "file", required = false) MultipartFile file, Principal user, Model model) {
        return importPage(
                "skus",
                file,
                SkuWorkbook::read,
                drafts -> {
                    SkuCatalogue.Imported done = catalogue.importAll(drafts.rows(), drafts.problems(), user.getName());
                    return new int[] {done.created(), done.updated()};
                },
                model,
                answers);
    }

    /**
     * What a catalogue list and its {@code tables :: pager} read: the search ({@code q}), how many rows it finds, the
     * page shown (from 0), and whether a page follows it.
     */
    static void pager(Model model, String q, int page, int size, long total) {
        model.addAttribute("total", total);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", (long) (page + 1) * size < total);
    }

    /**
     * The import page after an upload: what was imported, every bad row, or that the file is no workbook.
     *
     * @param importer imports what was read and answers {created, updated}
     */
    static <T> String importPage(
            String kind,
            MultipartFile file,
            SkuApiController.SheetReader<T> reader,
            Function<T, int[]> importer,
            Model model,
            CatalogueAnswers answers) {
        model.addAttribute("kind", kind);
        T read = null;
        if (file != null && !file.isEmpty()) {
            try (InputStream in = file.getInputStream()) {
                read = reader.read(in);
            } catch (IOException notAWorkbook) {
                read = null;
            }
        }
        if (read == null) {
            model.addAttribute("unreadable", true);
            return "catalogue/import";
        }
        try {
            int[] done = importer.apply(read);
            model.addAttribute("created", done[0]);
            model.addAttribute("updated", done[1]);
        } catch (CatalogueRefusedException e) {
            model.addAttribute("errors", answers.rowErrors(e));
        }
        return "catalogue/import";
    }
}
