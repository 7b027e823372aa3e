/** Shops: a seller's account on one marketplace, its endpoint, and its encrypted credentials. */
package io.junction.shop;
