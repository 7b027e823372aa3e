package io.junction.shop;

/**
 * What a person gives to add a shop: the platform it is on, which never changes, and its settings, all of them
 * (credentials in clear only until they are encrypted).
 */
public record NewShop(String platform, ShopChange settings) {

    @Override
    public String toString() {
        return "NewShop[platform=" + platform + ", name=" + settings.name() + ", endpoint=" + settings.endpoint() + "]";
    }
}
