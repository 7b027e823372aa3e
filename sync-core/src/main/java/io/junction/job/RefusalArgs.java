package io.junction.job;

import io.junction.order.OrderStatus;
import io.junction.order.PreAdviceStatus;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal's arguments as stored on a job item, each with its type, so that a status read back is a status again
 * and the reader's language names it (never its code).
 */
final class RefusalArgs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STATUS = "status:";
    private static final String PRE_ADVICE = "preadvice:";
    private static final String NUMBER = "number:";
    private static final String TEXT = "text:";

    private RefusalArgs() {}

    static String write(List<Object> args) {
        List<String> typed = new ArrayList<>();
        for (Object arg : args) {
            if (arg == null) {
                typed.add(null);
            } else if (arg instanceof OrderStatus s) {
                typed.add(STATUS + s.name());
            } else if (arg instanceof PreAdviceStatus s) {
                typed.add(PRE_ADVICE + s.name());
            } else if (arg instanceof Long || arg instanceof Integer) {
                typed.add(NUMBER + arg);
            } else {
                typed.add(TEXT + arg);
            }
        }
        return JSON.writeValueAsString(typed);
    }

    static List<Object> read(String stored) {
        List<Object> args = new ArrayList<>();
        if (stored == null) {
            return args;
        }
        for (String typed : JSON.readValue(stored, new TypeReference<List<String>>() {})) {
            if (typed == null) {
                args.add(null);
            } else if (typed.startsWith(STATUS)) {
                args.add(OrderStatus.valueOf(typed.substring(STATUS.length())));
            } else if (typed.startsWith(PRE_ADVICE)) {
                args.add(PreAdviceStatus.valueOf(typed.substring(PRE_ADVICE.length())));
            } else if (typed.startsWith(NUMBER)) {
                args.add(Long.valueOf(typed.substring(NUMBER.length())));
            } else {
                args.add(typed.substring(TEXT.length()));
            }
        }
        return args;
    }
}
