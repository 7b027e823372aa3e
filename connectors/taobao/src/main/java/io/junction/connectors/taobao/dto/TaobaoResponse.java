package io.junction.connectors.taobao.dto;

/**
 * One HTTP answer from the TOP gateway, as the client hands it to the translator. TOP answers 200
 * for its own errors too ({@code {"error_response":{…}}}); the status only differs when a proxy or
 * the gateway itself fails.
 *
 * @param body the body as text, empty when there is none
 */
public record TaobaoResponse(int status, String body) {

    public boolean isHttpSuccess() {
        return status >= 200 && status < 300;
    }
}
