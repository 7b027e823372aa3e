/**
 * Scan-out (扫描发货): at a packing station the packer scans a package, then every item; a wrong
 * item is refused on the spot; a fully scanned package ships, deducting stock and queuing the
 * marketplace confirmation in the same transaction.
 */
package io.junction.scanout;
