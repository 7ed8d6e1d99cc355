package org.myelin.sql.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts the statements that work sends through a data source (every statement created, prepared or called on its
 * connections), for tests that pin how many queries a piece of work runs.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall");

    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource dataSource;

    public StatementCounter(DataSource counted) {
        dataSource = proxy(DataSource.class, counted, (target, method, arguments) -> {
            Object result = method.invoke(target, arguments);
            return result instanceof Connection connection ? proxy(Connection.class, connection,
                    (inner, call, values) -> {
                        if (STATEMENTS.contains(call.getName())) {
                            statements.incrementAndGet();
                        }
                        return call.invoke(inner, values);
                    }) : result;
        });
    }

    /** The data source whose statements are counted. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The statements counted so far. */
    public int statements() {
        return statements.get();
    }

    /** A call on the proxied object: the object, the method and its arguments. */
    private interface Call {
        Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return call.invoke(target, method, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
