package io.junction.web.demo;

import io.junction.sku.PairingDraft;
import io.junction.sku.PairingDraft.ComponentDraft;
import io.junction.sku.WarehouseSku;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What the demo's marketplaces list, as real sellers list: most products under the warehouse code, one under
 * the seller's own code on each marketplace (paired to the warehouse SKU for that platform), a two-pack
 * ("2 × socks") and a gift set that is a bundle of two products (paired for every shop).
 *
 * @param sellerCodes whether the marketplaces list the seller's own codes and bundles beside the warehouse codes
 *     ({@code junction.demo.seller-codes}, true; the tests list warehouse codes only)
 */
@Component
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
public record DemoListings(
        @Value("${junction.demo.seller-codes:true}") boolean sellerCodes) {

    /** Listed under the seller's own code on each marketplace: {@code <platform's first letters>-TEE-RED}. */
    static final String OWN_CODE_PRODUCT = "JN-TEE-002";

    static final String TWO_PACK = "JN-SOCK-005-2PK";
    static final String GIFT_SET = "JN-GIFT-SET";

    /** The platform SKUs a marketplace on {@code platform} sells. */
    List<String> of(String platform, List<WarehouseSku> catalogue) {
        List<String> listed = new ArrayList<>();
        for (WarehouseSku product : catalogue) {
            listed.add(sellerCodes && product.sku().equals(OWN_CODE_PRODUCT) ? ownCode(platform) : product.sku());
        }
        if (sellerCodes) {
            listed.add(TWO_PACK);
            listed.add(GIFT_SET);
        }
        return listed;
    }

    /** The pairings that make those listings allocatable: one per marketplace's own code, the pack and the set. */
    List<PairingDraft> pairings(List<String> platforms) {
        if (!sellerCodes) {
            return List.of();
        }
        List<PairingDraft> pairings = new ArrayList<>();
        for (String platform : platforms) {
            pairings.add(new PairingDraft(
                    null, platform, ownCode(platform), List.of(new ComponentDraft(OWN_CODE_PRODUCT, 1))));
        }
        pairings.add(new PairingDraft(null, null, TWO_PACK, List.of(new ComponentDraft("JN-SOCK-005", 2))));
        pairings.add(new PairingDraft(
                null,
                null,
                GIFT_SET,
                List.of(new ComponentDraft("JN-MUG-001", 1), new ComponentDraft("JN-SOCK-005", 1))));
        return pairings;
    }

    static String ownCode(String platform) {
        String letters = platform.toUpperCase(Locale.ROOT);
        return letters.substring(0, Math.min(3, letters.length())) + "-TEE-RED";
    }
}
