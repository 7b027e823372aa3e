/**
 * What the carrier adapters share and is no carrier's own: the adapter's base (carrier code, credential
 * keys, the lookup that settles a duplicate reference or an unknown number), the tuned HTTP client and its
 * plain answer, the client of APIs signed in the query, time-outs, label downloads, recipient names split
 * the way carriers' forms want them, carriers' date formats, and the words that say where a parcel is.
 * Each carrier's folder keeps its own client, translator and wire format; this package has no carrier in it.
 */
package io.junction.carriers.kit;
