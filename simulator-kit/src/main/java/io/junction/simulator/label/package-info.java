/**
 * A shipping label as a carrier prints it: a 100 × 100 mm PDF with a Code 128 barcode of the tracking
 * number. The carriers' simulators serve labels drawn here; no product path uses it yet.
 */
package io.junction.simulator.label;
