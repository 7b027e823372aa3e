package io.junction.returns;

/**
 * One order line of a return.
 *
 * @param quantity units the buyer sends back, as the platform sold them
 * @param restocked units put back on the shelf when received
 * @param scrapped units received but not sellable again
 * @param location the bin the restocked units went to, when one was given
 */
public record ReturnLine(
        long id,
        long returnId,
        long orderLineId,
        String platformSku,
        String title,
        int quantity,
        int restocked,
        int scrapped,
        String location) {}
