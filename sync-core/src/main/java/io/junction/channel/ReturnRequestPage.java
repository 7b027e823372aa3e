package io.junction.channel;

import java.util.List;

/** One page of return requests; {@code nextPageToken} null on the last page. */
public record ReturnRequestPage(List<ReturnRequest> requests, String nextPageToken) {

    public ReturnRequestPage {
        requests = List.copyOf(requests);
    }
}
