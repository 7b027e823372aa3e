package io.junction.web.order;

import io.junction.order.AllocationBlock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The order list page's links, each keeping the reader's filter and sort in the URL, so that a tab, a page, a page
 * size or a reload shows the same orders and a link can be shared.
 *
 * @param filter the list's parameters outside the tab (its status and block blank)
 */
public record OrderListLinks(OrderListParams filter, int size) {

    /** The first page of a tab. */
    public String tab(OrderTab tab) {
        return link(tab, null, size, null, null, 0);
    }

    /** The first page of a block of the To-allocate tab (null: the whole tab). */
    public String block(OrderTab tab, AllocationBlock block) {
        return link(tab, block, size, null, null, 0);
    }

    /** The first page of the tab with {@code pageSize} orders a page. */
    public String size(OrderTab tab, AllocationBlock block, int pageSize) {
        return link(tab, block, pageSize, null, null, 0);
    }

    /** The page after the one shown, numbered {@code page} (for the reader: the cursor says where it starts). */
    public String after(OrderTab tab, AllocationBlock block, String token, int page) {
        return link(tab, block, size, token, null, page);
    }

    /** The page before the one shown, numbered {@code page}. */
    public String before(OrderTab tab, AllocationBlock block, String token, int page) {
        return link(tab, block, size, null, token, page);
    }

    /** The list without any filter, in the same tab. */
    public String cleared(OrderTab tab) {
        return new OrderListLinks(OrderListParams.NONE, size).tab(tab);
    }

    /** Whether the reader filters the list at all (the sort aside). */
    public boolean filtering() {
        return filter.given().keySet().stream().anyMatch(name -> !name.equals("sort"));
    }

    private String link(OrderTab tab, AllocationBlock block, int pageSize, String after, String before, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", tab.key());
        if (block != null) {
            params.put("block", block.name());
        }
        params.putAll(filter.given());
        if (after != null) {
            params.put("after", after);
        }
        if (before != null) {
            params.put("before", before);
        }
        if (page > 0) {
            params.put("page", String.valueOf(page));
        }
        params.put("size", String.valueOf(pageSize));
        // values as URI variables: encoded strictly, so a '+' or '&' a reader typed stays part of the value
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/orders");
        params.keySet().forEach(name -> link.queryParam(name, "{" + name + "}"));
        return link.encode().buildAndExpand(params).toUriString();
    }
}
