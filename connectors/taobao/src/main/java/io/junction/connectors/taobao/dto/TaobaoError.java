package io.junction.connectors.taobao.dto;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TOP's {@code {"error_response":{"code","msg","sub_code","sub_msg","request_id"}}}.
 *
 * @param code the gateway's numeric code (7 throttled, 25 bad signature, 27 bad session, 15 a
 *     business error explained by {@code subCode}, …)
 */
public record TaobaoError(int code, String msg, String subCode, String subMsg, String requestId) {

    /** TOP's throttling code, "App Call Limited". */
    public static final int APP_CALL_LIMITED = 7;

    private static final Pattern BAN = Pattern.compile("ban will last for (\\d+) more seconds?");

    public boolean throttled() {
        return code == APP_CALL_LIMITED;
    }

    /** A fault inside the platform ({@code isp.*}): TOP did not do its part, or cannot say. */
    public boolean platformFault() {
        return subCode != null && subCode.startsWith("isp.");
    }

    /** The seconds a throttling ban lasts, from "This ban will last for N more seconds"; -1 when not said. */
    public long banSeconds() {
        if (subMsg == null) {
            return -1;
        }
        Matcher matcher = BAN.matcher(subMsg);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** {@code sub_code} when TOP gave one, else the numeric code. */
    public String effectiveCode() {
        return subCode != null ? subCode : Integer.toString(code);
    }

    /** "msg: sub_msg [request_id …]", for logs and rejections; never carries a credential. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(code).append(' ').append(msg == null ? "(no msg)" : msg);
        if (subCode != null) {
            text.append(" / ").append(subCode);
        }
        if (subMsg != null) {
            text.append(": ").append(subMsg);
        }
        if (requestId != null) {
            text.append(" [request_id ").append(requestId).append(']');
        }
        return text.toString();
    }
}
