/** Printing (打印): carrier labels merged into one PDF per batch, reprints logged, and "mark printed". */
package io.junction.label;
