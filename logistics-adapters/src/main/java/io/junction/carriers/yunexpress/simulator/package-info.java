/**
 * A stateful YunExpress on WireMock: product code, used by the adapter tests, the end-to-end
 * tests and the demo mode. It keeps a parcel book, validates orders as YunExpress does, serves
 * labels, and stages failures through scenario-named helpers.
 */
package io.junction.carriers.yunexpress.simulator;
