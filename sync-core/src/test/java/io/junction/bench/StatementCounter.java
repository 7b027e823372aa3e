package io.junction.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts what the application sends the database, by kind (SELECT, INSERT, UPDATE, DELETE, COMMIT, …): a round
 * trip count that does not depend on how loaded the machine is. Wraps the datasource in plain JDK proxies.
 */
final class StatementCounter {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> times = new ConcurrentHashMap<>();

    /** The datasource as it was, counting every statement run and every commit on its connections. */
    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (method, args) -> {
            Object result = method.invoke(dataSource, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    /** The counts so far, by kind. */
    Map<String, Long> snapshot() {
        Map<String, Long> now = new TreeMap<>();
        counts.forEach((kind, n) -> now.put(kind, n.sum()));
        return now;
    }

    /** What was counted since {@code before}, by kind, with a total. */
    Map<String, Long> since(Map<String, Long> before) {
        return between(before, snapshot());
    }

    /** What was counted from one snapshot to a later one, by kind, with a total. */
    static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long n = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (n > 0) {
                delta.put(e.getKey(), n);
                total += n;
            }
        }
        delta.put("total", total);
        return delta;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback")) {
                count(name.toUpperCase(Locale.ROOT));
            }
            Object result = method.invoke(connection, args);
            if (result instanceof PreparedStatement p && args != null && args[0] instanceof String sql) {
                return statement(PreparedStatement.class, p, sql);
            }
            if (result instanceof Statement s) {
                return statement(Statement.class, s, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String prepared) {
        return proxy(type, statement, (method, args) -> {
            String name = method.getName();
            if (!name.startsWith("execute")) {
                return method.invoke(statement, args);
            }
            String sql = prepared != null ? prepared : args != null && args[0] instanceof String s ? s : "?";
            count(verb(sql) + (name.equals("executeBatch") ? " (batch)" : ""));
            long start = System.nanoTime();
            try {
                return method.invoke(statement, args);
            } finally {
                // folded into its shape when printed: the regular expressions cost more than many a statement
                times.computeIfAbsent(sql, k -> new LongAdder()).add(System.nanoTime() - start);
            }
        });
    }

    /** The statements that took longest in all since {@link #resetTimes}, with their share of the time. */
    String slowest(int top) {
        Map<String, Long> byShape = new TreeMap<>();
        times.forEach((sql, nanos) -> byShape.merge(shape(sql), nanos.sum(), Long::sum));
        long all = byShape.values().stream().mapToLong(Long::longValue).sum();
        return byShape.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format(
                        Locale.ROOT,
                        "    %6.2f s %3.0f%%  %s",
                        e.getValue() / 1e9,
                        100.0 * e.getValue() / Math.max(all, 1),
                        e.getKey()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The seconds the statements took in all since {@link #resetTimes}, as the application waited for them. */
    double waited() {
        return times.values().stream().mapToLong(LongAdder::sum).sum() / 1e9;
    }

    void resetTimes() {
        times.clear();
    }

    /** The statement with its lists of parameters folded, its start only. */
    private static String shape(String sql) {
        String folded = sql.replaceAll("\\s+", " ").replaceAll("(\\?\\s*,\\s*)+\\?", "?…");
        folded = folded.replaceAll("(\\(\\?…?\\)\\s*,\\s*)+", "");
        return folded.length() > 110 ? folded.substring(0, 110) : folded;
    }

    private void count(String kind) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static String verb(String sql) {
        String s = sql.strip();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
