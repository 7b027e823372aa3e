package io.junction.connectors.amazon.dto;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The query of one {@code searchOrders} call (Orders API 2026-01-01). Amazon's model requires
 * every parameter of a follow-up page to repeat the first request's values (only
 * {@code maxResultsPerPage} and {@code includedData} may change), so a page token travels with the
 * same window rather than replacing it.
 *
 * @param paginationToken null for the first page, then the previous answer's {@code nextToken}
 */
public record SearchOrdersQuery(
        Instant lastUpdatedAfter,
        Instant lastUpdatedBefore,
        List<String> marketplaceIds,
        int maxResultsPerPage,
        List<String> includedData,
        String paginationToken) {

    public SearchOrdersQuery {
        Objects.requireNonNull(lastUpdatedAfter, "lastUpdatedAfter");
        marketplaceIds = List.copyOf(marketplaceIds);
        includedData = List.copyOf(includedData);
    }

    /** The query string parameters, in a stable order; arrays are comma-separated (Swagger 2 csv). */
    public Map<String, String> queryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("lastUpdatedAfter", DateTimeFormatter.ISO_INSTANT.format(lastUpdatedAfter));
        if (lastUpdatedBefore != null) {
            parameters.put("lastUpdatedBefore", DateTimeFormatter.ISO_INSTANT.format(lastUpdatedBefore));
        }
        if (!marketplaceIds.isEmpty()) {
            parameters.put("marketplaceIds", String.join(",", marketplaceIds));
        }
        parameters.put("fulfilledBy", "MERCHANT");
        parameters.put("maxResultsPerPage", Integer.toString(maxResultsPerPage));
        if (!includedData.isEmpty()) {
            parameters.put("includedData", String.join(",", includedData));
        }
        if (paginationToken != null) {
            parameters.put("paginationToken", paginationToken);
        }
        return parameters;
    }
}
