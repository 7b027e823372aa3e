/**
 * Money as Junction accepts it from a person: the currency codes a SKU's declared value and a rule's order total
 * may be in. Amounts themselves are {@link java.math.BigDecimal}s beside their currency.
 */
package io.junction.money;
