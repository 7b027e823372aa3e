package io.junction.sku;

import io.junction.money.CurrencyCode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a SKU must be before it is stored, each rule a named check that adds a reason when broken. The
 * database's own limits (column lengths) are rules here, so that no insert fails half-way.
 * Uniqueness across SKUs (code, barcodes) needs the database and is checked by {@link SkuCatalogue}.
 */
final class SkuRules {

    static final int MAX_CODE = 64;
    static final int MAX_NAME = 255;
    static final int MAX_DECLARED_NAME = 128;
    static final int MAX_HS_CODE = 16;
    static final int MAX_LOCATION = 32;
    static final int MAX_IMAGE_URL = 1000;
    static final int MAX_BARCODES = 20;
    static final int MAX_DIMENSION = 10_000_000;
    /** What Code 128 prints and a scanner types back: printable ASCII without spaces or commas (the sheet's separator). */
    private static final Pattern BARCODE = Pattern.compile("[!-+\\--~]{1,64}");

    private static final Pattern HS_CODE = Pattern.compile("[0-9][0-9.]*");
    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999.99");

    private SkuRules() {}

    /** Every reason the normalised draft cannot be stored as it is; empty when it can. */
    static List<CatalogueProblem> check(SkuDraft s) {
        List<CatalogueProblem> problems = new ArrayList<>();
        text(problems, "code", s.code(), MAX_CODE, true);
        if (s.code() != null
                && s.code().codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            problems.add(new CatalogueProblem("code", "code.spaces"));
        }
        text(problems, "name", s.name(), MAX_NAME, true);
        text(problems, "nameEn", s.nameEn(), MAX_NAME, false);
        text(problems, "declaredNameEn", s.declaredNameEn(), MAX_DECLARED_NAME, false);
        text(problems, "declaredNameCn", s.declaredNameCn(), MAX_DECLARED_NAME, false);
        text(problems, "location", s.location(), MAX_LOCATION, false);
        barcodes(problems, s.barcodes());
        notNegative(problems, "weightGrams", s.weightGrams());
        notNegative(problems, "lengthMm", s.lengthMm());
        notNegative(problems, "widthMm", s.widthMm());
        notNegative(problems, "heightMm", s.heightMm());
        notNegative(problems, "lowStockThreshold", s.lowStockThreshold());
        if (s.declaredValue() != null) {
            if (s.declaredValue().signum() < 0) {
                problems.add(new CatalogueProblem("declaredValue", "negative"));
            } else if (s.declaredValue().stripTrailingZeros().scale() > 2
                    || s.declaredValue().compareTo(MAX_VALUE) > 0) {
                problems.add(new CatalogueProblem("declaredValue", "value.format"));
            }
        }
        if (s.declaredCurrency() != null && !CurrencyCode.isKnown(s.declaredCurrency())) {
            problems.add(new CatalogueProblem("declaredCurrency", "currency", s.declaredCurrency()));
        }
        if (s.hsCode() != null
                && (s.hsCode().length() > MAX_HS_CODE
                        || !HS_CODE.matcher(s.hsCode()).matches())) {
            problems.add(new CatalogueProblem("hsCode", "hsCode", MAX_HS_CODE));
        }
        if (s.imageUrl() != null && (s.imageUrl().length() > MAX_IMAGE_URL || !isWebAddress(s.imageUrl()))) {
            problems.add(new CatalogueProblem("imageUrl", "imageUrl"));
        }
        return problems;
    }

    private static void text(List<CatalogueProblem> problems, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new CatalogueProblem(field, "required"));
            }
        } else if (value.length() > max) {
            problems.add(new CatalogueProblem(field, "tooLong", max));
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new CatalogueProblem(field, "control"));
        }
    }

    private static void barcodes(List<CatalogueProblem> problems, List<String> barcodes) {
        if (barcodes.size() > MAX_BARCODES) {
            problems.add(new CatalogueProblem("barcodes", "barcodes.tooMany", MAX_BARCODES));
        }
        Set<String> seen = new HashSet<>();
        for (String barcode : barcodes) {
            if (barcode == null || !BARCODE.matcher(barcode).matches()) {
                problems.add(new CatalogueProblem("barcodes", "barcode.format", String.valueOf(barcode)));
            } else if (!seen.add(barcode)) {
                problems.add(new CatalogueProblem("barcodes", "barcode.twice", barcode));
            }
        }
    }

    private static void notNegative(List<CatalogueProblem> problems, String field, Integer value) {
        if (value != null && value < 0) {
            problems.add(new CatalogueProblem(field, "negative"));
        } else if (value != null && value > MAX_DIMENSION) {
            problems.add(new CatalogueProblem(field, "tooLarge", MAX_DIMENSION));
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException bad) {
            return false;
        }
    }
}
