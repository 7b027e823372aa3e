/** The scan-out station over JSON and as a page for handheld or keyboard-wedge scanners. */
package io.junction.web.scanout;
