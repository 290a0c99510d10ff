package org.hubcycle.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that reaches the servlet container's error page: a page keeps its GOV.UK error page;
 * anything under {@code /api/} (or asking for anything but HTML) gets an RFC 9457 problem document,
 * whatever failed — an unknown address, a method not allowed, a request the container refused.
 * Errors thrown by the API's own controllers are answered earlier, by {@link ApiProblems}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorResponses {

    /**
     * Tomcat's own error report, for requests it refuses before Hubcycle sees them, becomes
     * {@link ContainerErrorReport}. Runs after Spring Boot's customizer, which adds a plain one.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ContainerErrorReport)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ContainerErrorReport.class.getName());
        });
    }

    @Bean
    BasicErrorController basicErrorController(
            ErrorAttributes attributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers,
            JsonMapper json,
            MessageSource messages) {
        return new ProblemsForTheApi(
                attributes, web.getError(), resolvers.orderedStream().toList(), json, messages);
    }

    static final class ProblemsForTheApi extends BasicErrorController {

        private final JsonMapper json;
        private final MessageSource messages;

        ProblemsForTheApi(
                ErrorAttributes attributes,
                ErrorProperties properties,
                List<ErrorViewResolver> resolvers,
                JsonMapper json,
                MessageSource messages) {
            super(attributes, properties, resolvers);
            this.json = json;
            this.messages = messages;
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            if (!isApi(request)) {
                return super.errorHtml(request, response);
            }
            response.setStatus(getStatus(request).value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            try {
                json.writeValue(response.getOutputStream(), problem(request));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            HttpStatus status = getStatus(request);
            if (status == HttpStatus.NO_CONTENT) {
                return new ResponseEntity<>(status);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(request));
        }

        private static boolean isApi(HttpServletRequest request) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return uri instanceof String path && path.startsWith("/api/");
        }

        private Map<String, Object> problem(HttpServletRequest request) {
            HttpStatus status = getStatus(request);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = uri instanceof String p ? p : null;
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", detail(status, request.getMethod(), path));
            if (path != null) {
                problem.put("instance", path);
            }
            return problem;
        }

        /** What went wrong, from the message {@code problem.status.<code>} (or the one for its class). */
        private String detail(HttpStatus status, String method, String path) {
            Object[] arguments = {method, path == null ? "/" : path};
            String fallback = messages.getMessage(
                    status.is5xxServerError() ? "problem.status.5xx" : "problem.status.4xx",
                    arguments,
                    LocaleContextHolder.getLocale());
            return messages.getMessage(
                    "problem.status." + status.value(), arguments, fallback, LocaleContextHolder.getLocale());
        }
    }
}
