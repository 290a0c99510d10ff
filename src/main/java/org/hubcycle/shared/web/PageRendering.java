package org.hubcycle.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages keep their template variables to themselves. Thymeleaf stores the model and every local
 * variable of a page ({@code th:each}, {@code th:with}) as a servlet request attribute, and each one
 * passes through every request wrapper of the filter chain to Tomcat, which tells its listeners: on a
 * search page with a long list, that was a large part of the time spent rendering it. A page's view
 * now sees a request whose attributes it sets stay in a map of its own, while the attributes the
 * filters and controllers set (the CSRF token, errors) are read through as before.
 *
 * <p>Every page also gets {@value #SIGNED_IN}: the signed-in person's principal, or null for a visitor,
 * which the layout's header and navigation show. Found once here rather than by a security expression
 * per check ({@code sec:authorize} builds an evaluation context each time).
 */
@Configuration(proxyBeanMethods = false)
class PageRendering {

    static final String SIGNED_IN = "signedIn";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Bean
    static BeanPostProcessor pagesKeepTheirVariables() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setViewClass(PageView.class);
                }
                return bean;
            }
        };
    }

    /** Thymeleaf's view, rendering against {@link PageRequest}. */
    public static class PageView extends ThymeleafView {

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Map<String, Object> page = model == null ? new HashMap<>() : new HashMap<>(model);
            page.put(SIGNED_IN, signedIn());
            super.render(page, new PageRequest(request), response);
        }

        private static Object signedIn() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return TRUST.isAuthenticated(authentication) ? authentication.getPrincipal() : null;
        }
    }

    /**
     * A request whose attributes set while a page renders are kept here, not passed down the chain; and
     * whose attributes read from the chain are read once (each expression's variables are looked up there,
     * the missing ones too), since nothing below changes them while the page renders.
     */
    static final class PageRequest extends HttpServletRequestWrapper {

        /** Removed while rendering, or absent below. */
        private static final Object REMOVED = new Object();

        private final Map<String, Object> own = new HashMap<>();

        PageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = own.get(name);
            if (value == null) {
                Object below = super.getAttribute(name);
                value = below == null ? REMOVED : below;
                own.put(name, value);
            }
            return value == REMOVED ? null : value;
        }

        @Override
        public void setAttribute(String name, Object value) {
            own.put(name, value == null ? REMOVED : value);
        }

        @Override
        public void removeAttribute(String name) {
            own.put(name, REMOVED);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            own.forEach((name, value) -> {
                if (value == REMOVED) {
                    names.remove(name);
                } else {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }
    }
}
