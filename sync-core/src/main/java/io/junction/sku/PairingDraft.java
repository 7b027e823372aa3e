package io.junction.sku;

import java.util.List;

/**
 * A pairing as someone asks for it (the API's body, an Excel row, an accepted suggestion): a shop, a
 * platform or neither (every shop), the platform SKU, and the warehouse SKUs by code with their quantities.
 */
public record PairingDraft(Long shopId, String platform, String platformSku, List<ComponentDraft> components) {

    /** {@code quantity} of warehouse SKU {@code skuCode} per unit sold. */
    public record ComponentDraft(String skuCode, Integer quantity) {}
}
