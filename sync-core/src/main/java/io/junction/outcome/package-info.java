/** Outcomes of remote calls: succeeded, rejected with the remote side's reason, or unknown. */
package io.junction.outcome;
