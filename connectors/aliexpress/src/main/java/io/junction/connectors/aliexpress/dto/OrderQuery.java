package io.junction.connectors.aliexpress.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code param0} of {@code aliexpress.solution.order.get}: one page of orders modified within a
 * window given as US Pacific wall-clock times ({@code yyyy-MM-dd HH:mm:ss}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderQuery(
        @JsonProperty("modified_date_start") String modifiedDateStart,
        @JsonProperty("modified_date_end") String modifiedDateEnd,
        @JsonProperty("page_size") int pageSize,
        @JsonProperty("current_page") int currentPage) {}
