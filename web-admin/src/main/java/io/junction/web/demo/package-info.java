/**
 * Demo mode, the embedded default: the Amazon and YunExpress simulators run in-process, a demo shop,
 * carrier account, SKUs with barcodes and stock, and the demo users are put in place at start-up.
 */
package io.junction.web.demo;
