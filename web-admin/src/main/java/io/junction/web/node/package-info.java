/**
 * This node among several on one database: the name it goes by (in logs, metrics, the Quartz cluster and
 * sync claims) and whether it is ready for a load balancer to send it requests.
 */
package io.junction.web.node;
