package io.junction.web.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}, {@code %msg}, {@code %message}) with its control characters escaped:
 * a shop name or a platform's answer with a line break in it would otherwise start a forged log line.
 * {@code logback-spring.xml} puts it in place of Logback's own for every logger.
 */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    /** CR, LF and tab as {@code \r \n \t}, every other control character as {@code \\uXXXX}. */
    static String escape(String message) {
        if (message == null || message.codePoints().noneMatch(EscapedMessageConverter::control)) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 16);
        message.codePoints().forEach(c -> {
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (control(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean control(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029;
    }
}
