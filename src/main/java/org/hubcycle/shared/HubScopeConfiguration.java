package org.hubcycle.shared;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Turns on the hub filter, from {@link HubScope#current()}, in every EntityManager: those the
 * transaction manager opens for a transaction and those Spring Data opens for a query method that
 * runs outside one.
 *
 * <p>The filter is on in every scope, national and system included (where {@code allHubs} lets
 * every row through), because Hibernate caches a query's translated SQL and reuses it across
 * sessions: a plan first translated with the filter off would otherwise run unfiltered for a hub
 * user later. {@code HubScopeTest} guards both.
 */
@Configuration(proxyBeanMethods = false)
public class HubScopeConfiguration {

    /** A hub id no hub has, so that a user with no hub sees no hub-owned record. */
    static final long NO_HUB = -1L;

    static void applyScope(EntityManager entityManager) {
        HubScope.Scope scope = HubScope.current();
        entityManager
                .unwrap(Session.class)
                .enableFilter(HubScope.FILTER)
                .setParameter("allHubs", scope.allHubs() ? 1 : 0)
                .setParameter("hubId", scope.hubId() == null ? NO_HUB : scope.hubId());
    }

    @Bean
    TransactionManagerCustomizer<JpaTransactionManager> hubScopeInTransactions() {
        return transactionManager -> transactionManager.setEntityManagerInitializer(HubScopeConfiguration::applyScope);
    }

    @Bean
    static BeanPostProcessor hubScopeOutsideTransactions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractEntityManagerFactoryBean factory) {
                    factory.setEntityManagerInitializer(HubScopeConfiguration::applyScope);
                }
                return bean;
            }
        };
    }
}
