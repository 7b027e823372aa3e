/**
 * The quarantine: platform orders that could not be read, kept whole with the reason, never dropped.
 * The sync keeps and resolves entries through {@link io.junction.quarantine.Quarantine}; a person
 * retries or dismisses them through {@link io.junction.quarantine.QuarantineService}.
 */
package io.junction.quarantine;
