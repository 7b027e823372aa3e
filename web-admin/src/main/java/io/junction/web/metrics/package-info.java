/** Junction's own metrics, beside Spring Boot's: sync health per shop and the queues a person must watch. */
package io.junction.web.metrics;
