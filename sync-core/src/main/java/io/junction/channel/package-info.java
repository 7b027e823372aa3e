/**
 * The marketplace SPI: {@link io.junction.channel.ChannelConnector} and the platform-neutral
 * shapes it speaks ({@link io.junction.channel.ChannelOrder}, {@link io.junction.channel.OrderPage}).
 * sync-core knows no marketplace; each connector module implements this.
 */
package io.junction.channel;
