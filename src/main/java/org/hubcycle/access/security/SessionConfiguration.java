package org.hubcycle.access.security;

import jakarta.servlet.Filter;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are kept in the database (Spring Session JDBC) so any node can serve any request. They
 * get plain JDBC transactions of their own: loading the session is what tells us who is signed in,
 * so it cannot go through the JPA transactions that {@link org.hubcycle.shared.HubScope} scopes by
 * the signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * The session cookie: HttpOnly, SameSite=Lax, and Secure always in production
     * ({@code hubcycle.session.secure-cookie=true}); elsewhere Secure whenever the request came over HTTPS.
     */
    @Bean
    CookieSerializer cookieSerializer(@Value("${hubcycle.session.secure-cookie:false}") boolean alwaysSecure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("HUBCYCLE_SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (alwaysSecure) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }

    /**
     * Two requests of one session running at once (a page and its form, or a double click) may both
     * add the same attribute, such as the CSRF token: Spring Session's plain INSERT then fails one of
     * them on the primary key. An upsert lets the later write win instead.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        String database = JdbcUtils.commonDatabaseName(databaseName(dataSource));
        return repository -> repository.setCreateSessionAttributeQuery(
                "PostgreSQL".equals(database)
                        ? "INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) VALUES (?, ?, ?) "
                                + "ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES"
                        : "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) "
                                + "KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)");
    }

    private static String databaseName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the sessions", e);
        }
    }

    /** Spring Session's repository, quieter: see {@link QuietSessionRepository}. */
    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new QuietSessionRepository(jdbc) : bean;
            }
        };
    }

    /** Outside every other filter: what the session repository kept of a request is gone when it ends. */
    @Bean
    FilterRegistrationBean<Filter> sessionsSavedWithinARequest() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) ->
                QuietSessionRepository.duringRequest(() -> chain.doFilter(request, response)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Not a default candidate: only Spring Session, which asks for it by name, gets it. */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
