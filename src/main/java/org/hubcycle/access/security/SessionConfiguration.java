package org.hubcycle.access.security;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
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

    /** Not a default candidate: only Spring Session, which asks for it by name, gets it. */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
