/**
 * What a marketplace or carrier module offers the demo mode: a {@link io.junction.demo.DemoMarketplace} or
 * {@link io.junction.demo.DemoCarrier}, registered by the module's own auto-configuration when
 * {@code junction.demo.enabled=true}. The demo iterates over those on the classpath, so adding a
 * marketplace or a carrier adds its demo without a line outside its folder.
 */
package io.junction.demo;
