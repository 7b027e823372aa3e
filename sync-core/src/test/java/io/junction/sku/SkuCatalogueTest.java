package io.junction.sku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SkuCatalogueTest {

    @Autowired
    SkuCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSkuIsStoredWithEveryFieldAndNoStock() {
        // given
        String code = Fixtures.unique("CAT");
        SkuDraft asked = draft(code, List.of(code + "-EAN", code + "-OWN"));

        // when
        CatalogueSku created = catalogue.create(asked, "alice");

        // then
        assertThat(created).satisfies(s -> {
            assertThat(s.code()).isEqualTo(code);
            assertThat(s.name()).isEqualTo("陶瓷杯");
            assertThat(s.nameEn()).isEqualTo("Ceramic mug");
            assertThat(s.barcodes()).containsExactly(code + "-EAN", code + "-OWN");
            assertThat(s.weightGrams()).isEqualTo(350);
            assertThat(s.lengthMm()).isEqualTo(120);
            assertThat(s.declaredValue()).isEqualByComparingTo("4.50");
            assertThat(s.declaredCurrency()).isEqualTo("USD");
            assertThat(s.battery()).isFalse();
            assertThat(s.magnetic()).isTrue();
            assertThat(s.lowStockThreshold()).isEqualTo(3);
            assertThat(s.enabled()).isTrue();
            assertThat(s.onHand()).isZero();
            assertThat(s.available()).isZero();
        });
        assertThat(jdbc.queryForObject(
                        "SELECT declared_currency FROM wms_sku WHERE id = ?", String.class, created.id()))
                .isEqualTo("USD");
    }

    @Test
    void aSkuIsRefusedWithEveryReasonBeforeAnythingIsStored() {
        // given a draft without a name, with a negative weight, an unknown currency and a barcode twice
        String code = Fixtures.unique("CAT");
        SkuDraft bad = new SkuDraft(
                code,
                " ",
                null,
                List.of("B1-" + code, "B1-" + code),
                -5,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("-1"),
                "XYZ",
                null,
                null,
                null,
                null,
                null,
                "ftp://x",
                -1,
                null);

        // then
        assertThatThrownBy(() -> catalogue.create(bad, "alice"))
                .isInstanceOfSatisfying(CatalogueRefusedException.class, e -> {
                    assertThat(e.conflict()).isFalse();
                    assertThat(e.problems())
                            .extracting(
                                    p -> p.problem().field(), p -> p.problem().code())
                            .containsExactlyInAnyOrder(
                                    tuple("name", "required"),
                                    tuple("barcodes", "barcode.twice"),
                                    tuple("weightGrams", "negative"),
                                    tuple("lowStockThreshold", "negative"),
                                    tuple("declaredValue", "negative"),
                                    tuple("declaredCurrency", "currency"),
                                    tuple("imageUrl", "imageUrl"));
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wms_sku WHERE sku = ?", Integer.class, code))
                .isZero();
    }

    @Test
    void aCodeOrABarcodeAnotherSkuHoldsIsAConflict() {
        // given
        String code = Fixtures.unique("CAT");
        catalogue.create(draft(code, List.of(code + "-EAN")), "alice");

        // then
        assertThatThrownBy(() -> catalogue.create(draft(code, List.of()), "bob"))
                .isInstanceOfSatisfying(CatalogueRefusedException.class, e -> {
                    assertThat(e.conflict()).isTrue();
                    assertThat(e.problems()).extracting(p -> p.problem().code()).containsExactly("code.taken");
                });
        String other = Fixtures.unique("CAT");
        assertThatThrownBy(() -> catalogue.create(draft(other, List.of(code + "-EAN")), "bob"))
                .isInstanceOfSatisfying(
                        CatalogueRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.problem().code())
                                .containsExactly("barcode.taken"));
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesEveryBadRow() {
        // given a sheet whose rows 2 and 4 are good, row 3 has no name and row 5 repeats row 2's code
        String existing = Fixtures.unique("CAT");
        catalogue.create(draft(existing, List.of()), "alice");
        String fresh = Fixtures.unique("CAT");
        Map<Integer, SkuDraft> rows = new LinkedHashMap<>();
        rows.put(2, draft(fresh, List.of()));
        rows.put(3, withName(draft(Fixtures.unique("CAT"), List.of()), null));
        rows.put(4, withName(draft(existing, List.of()), "新名字"));
        rows.put(5, draft(fresh, List.of()));

        // then
        assertThatThrownBy(() -> catalogue.importAll(rows, List.of(), "alice"))
                .isInstanceOfSatisfying(
                        CatalogueRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        CatalogueRefusedException.RowProblem::row,
                                        p -> p.problem().field(),
                                        p -> p.problem().code())
                                .containsExactly(tuple(3, "name", "required"), tuple(5, "code", "code.repeated")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wms_sku WHERE sku = ?", Integer.class, fresh))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT name FROM wms_sku WHERE sku = ?", String.class, existing))
                .isEqualTo("陶瓷杯");
    }

    @Test
    void aGoodImportCreatesAndUpdatesByCode() {
        // given one SKU known and one new, a barcode moving from the known one to the new one
        String existing = Fixtures.unique("CAT");
        catalogue.create(draft(existing, List.of(existing + "-EAN")), "alice");
        String fresh = Fixtures.unique("CAT");
        Map<Integer, SkuDraft> rows = new LinkedHashMap<>();
        rows.put(2, withName(draft(existing, List.of()), "新名字"));
        rows.put(3, draft(fresh, List.of(existing + "-EAN")));

        // when
        SkuCatalogue.Imported imported = catalogue.importAll(rows, List.of(), "alice");

        // then
        assertThat(imported).isEqualTo(new SkuCatalogue.Imported(1, 1));
        Map<String, CatalogueSku> now = catalogue.byCode(List.of(existing, fresh));
        assertThat(now.get(existing).name()).isEqualTo("新名字");
        assertThat(now.get(existing).barcodes()).isEmpty();
        assertThat(now.get(fresh).barcodes()).containsExactly(existing + "-EAN");
    }

    static SkuDraft draft(String code, List<String> barcodes) {
        return new SkuDraft(
                code,
                "陶瓷杯",
                "Ceramic mug",
                barcodes,
                350,
                120,
                90,
                100,
                "Ceramic mug",
                "陶瓷杯",
                new BigDecimal("4.50"),
                "usd",
                "691200",
                false,
                false,
                true,
                "A-01-02",
                null,
                3,
                null);
    }

    private static SkuDraft withName(SkuDraft d, String name) {
        return new SkuDraft(
                d.code(),
                name,
                d.nameEn(),
                d.barcodes(),
                d.weightGrams(),
                d.lengthMm(),
                d.widthMm(),
                d.heightMm(),
                d.declaredNameEn(),
                d.declaredNameCn(),
                d.declaredValue(),
                d.declaredCurrency(),
                d.hsCode(),
                d.battery(),
                d.liquid(),
                d.magnetic(),
                d.location(),
                d.imageUrl(),
                d.lowStockThreshold(),
                d.enabled());
    }
}
