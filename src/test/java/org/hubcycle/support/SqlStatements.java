package org.hubcycle.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SQL statements the running server's request threads execute (through datasource-proxy), so a
 * test can say how many statements a page costs and see a per-row query as soon as one appears; and
 * the transactions they commit, each a connection taken from the pool and given back. Background jobs
 * run on other threads and are not counted.
 */
public final class SqlStatements implements QueryExecutionListener, MethodExecutionListener {

    /** A request thread of the embedded Tomcat. */
    private static final String REQUEST_THREAD = "http-nio-";

    private final Queue<String> seen = new ConcurrentLinkedQueue<>();
    private final AtomicInteger commits = new AtomicInteger();
    private volatile boolean recording;

    /** The statements run while {@code work} runs and for a moment after, when a response may still be finishing. */
    public List<String> during(ThrowingRunnable work) throws Exception {
        record(work);
        return new ArrayList<>(seen);
    }

    /** How many transactions were committed while {@code work} ran, read-only ones included. */
    public int transactionsDuring(ThrowingRunnable work) throws Exception {
        record(work);
        return commits.get();
    }

    private void record(ThrowingRunnable work) throws Exception {
        seen.clear();
        commits.set(0);
        recording = true;
        try {
            work.run();
            Thread.sleep(150);
        } finally {
            recording = false;
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (recording && Thread.currentThread().getName().startsWith(REQUEST_THREAD)) {
            queries.forEach(q -> seen.add(q.getQuery()));
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext execution) {}

    @Override
    public void afterMethod(MethodExecutionContext execution) {
        if (recording
                && execution.getMethod().getName().equals("commit")
                && Thread.currentThread().getName().startsWith(REQUEST_THREAD)) {
            commits.incrementAndGet();
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Puts the counting proxy in front of the application's data source. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        SqlStatements sqlStatements() {
            return new SqlStatements();
        }

        @Bean
        static BeanPostProcessor countSqlStatements(ObjectProvider<SqlStatements> sql) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && name.equals("dataSource")) {
                        return ProxyDataSourceBuilder.create(dataSource)
                                .name("hubcycle")
                                .listener(sql.getObject())
                                .methodListener(sql.getObject())
                                .build();
                    }
                    return bean;
                }
            };
        }
    }
}
