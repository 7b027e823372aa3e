/**
 * Background jobs: a long action over many orders (a batch action on a filter of thousands, later pre-advice of a
 * wave or a re-run of rules) committed as a job with one item per order, run in chunks by whichever node claims
 * it, with its progress and per-order results readable while it runs. A feature plugs in one {@link
 * io.junction.job.JobAction} and submits through {@link io.junction.job.JobService}.
 */
package io.junction.job;
