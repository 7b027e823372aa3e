package io.junction.web.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * A logged exception as Spring Boot writes it by default ({@code %wEx}), with the control characters of every
 * message in it (the exception's, its causes' and the suppressed ones') escaped as {@link EscapedMessageConverter}
 * does: an exception message that quotes a shop name or a platform's answer would otherwise start a forged log
 * line. The stack trace keeps its own line structure, one frame a line. {@code logback-spring.xml} puts it in
 * place of every exception conversion word.
 */
public class EscapedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy thrown) {
        return super.throwableProxyToString(Escaped.of(thrown));
    }

    /** The logged exception seen with its messages escaped; class names and frames come from the code. */
    private record Escaped(IThrowableProxy thrown) implements IThrowableProxy {

        static IThrowableProxy of(IThrowableProxy thrown) {
            return thrown == null ? null : new Escaped(thrown);
        }

        @Override
        public String getMessage() {
            return EscapedMessageConverter.escape(thrown.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return EscapedMessageConverter.escape(thrown.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return thrown.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return thrown.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return thrown.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(thrown.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = thrown.getSuppressed();
            return suppressed == null
                    ? null
                    : Arrays.stream(suppressed).map(Escaped::of).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return thrown.isCyclic();
        }
    }
}
