package io.junction.connectors.jd.dto;

import java.util.Objects;

/**
 * One gateway call before signing: the API method and its business parameters as the single JSON
 * string JD expects in {@code 360buy_param_json}.
 */
public record JdCall(String method, String paramJson) {
    public JdCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paramJson, "paramJson");
    }
}
