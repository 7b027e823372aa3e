/**
 * Our own shipping label: a 100 × 100 mm PDF with a Code 128 barcode of the tracking number, for
 * carriers that give no label and for the simulators, which serve labels drawn here.
 */
package io.junction.simulator.label;
