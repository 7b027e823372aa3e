/** Background jobs over HTTP: a job's progress and per-order results, for the API and the order pages' progress bar. */
package io.junction.web.job;
