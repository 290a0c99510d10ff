package org.hubcycle.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the controller method for an address with variables in it ({@code /enrolment/{year}},
 * {@code /schools/{urn}}) without trying every one of Hubcycle's two hundred mappings in full. Spring MVC
 * finds an address without variables in a map, but tries each mapping in turn against one with them,
 * asking the request for its method through every wrapper of the filter chain for each: a tenth of
 * the enrolment year page's CPU. Here a mapping whose addresses all begin with a fixed first segment
 * ({@code enrolment}) is passed over at once when the request's first segment is another, and the
 * request's method is read once. Every other mapping, and every address whose first segment is
 * encoded or carries matrix variables, is matched by Spring MVC exactly as before, as is the choice
 * between several matches and the answer when none matches (404 or 405).
 *
 * <p>When nothing matches, Spring MVC tries every mapping again, to tell a wrong method (405) or media
 * type (415) from an unknown address; that too looks only at the mappings of the address's first
 * segment, so a stylesheet or script, which no controller maps, is not checked against two hundred
 * patterns on its way to the static files.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

    @Bean
    WebMvcRegistrations mappingsByFirstSegment() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new ByFirstSegment();
            }
        };
    }

    static final class ByFirstSegment extends RequestMappingHandlerMapping {

        /** Each mapping's fixed first segments, or {@link #ANY} when one of its addresses starts otherwise. */
        private final Map<RequestMappingInfo, String[]> firstSegments = new ConcurrentHashMap<>();

        private static final String[] ANY = new String[0];

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, new Lookup(request, firstSegment(lookupPath)));
        }

        @Override
        protected HandlerMethod handleNoMatch(
                Set<RequestMappingInfo> infos, String lookupPath, HttpServletRequest request) throws ServletException {
            if (request instanceof Lookup lookup && lookup.firstSegment != null) {
                infos = infos.stream()
                        .filter(info -> couldMatch(info, lookup.firstSegment))
                        .collect(Collectors.toSet());
            }
            return super.handleNoMatch(infos, lookupPath, request);
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            if (request instanceof Lookup lookup
                    && lookup.firstSegment != null
                    && !couldMatch(info, lookup.firstSegment)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        private boolean couldMatch(RequestMappingInfo info, String firstSegment) {
            String[] fixed = firstSegments.computeIfAbsent(info, ByFirstSegment::fixedFirstSegments);
            return fixed == ANY || contains(fixed, firstSegment);
        }

        /** The path's first segment as written, or null when it is encoded or has matrix variables. */
        static String firstSegment(String lookupPath) {
            int start = lookupPath.startsWith("/") ? 1 : 0;
            int end = lookupPath.indexOf('/', start);
            String segment = lookupPath.substring(start, end < 0 ? lookupPath.length() : end);
            return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
        }

        static String[] fixedFirstSegments(RequestMappingInfo info) {
            if (info.getPathPatternsCondition() == null) {
                return ANY;
            }
            var patterns = info.getPathPatternsCondition().getPatterns();
            if (patterns.isEmpty()) {
                return ANY;
            }
            String[] fixed = new String[patterns.size()];
            int i = 0;
            for (PathPattern pattern : patterns) {
                String segment = firstSegment(pattern.getPatternString());
                if (segment == null
                        || segment.indexOf('{') >= 0
                        || segment.indexOf('*') >= 0
                        || segment.indexOf('?') >= 0) {
                    return ANY;
                }
                fixed[i++] = segment;
            }
            return fixed;
        }

        private static boolean contains(String[] segments, String segment) {
            for (String s : segments) {
                if (s.equals(segment)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The request while its handler is looked up: its method read once, its first segment found once. */
    static final class Lookup extends HttpServletRequestWrapper {

        private final String method;
        final String firstSegment;

        Lookup(HttpServletRequest request, String firstSegment) {
            super(request);
            this.method = request.getMethod();
            this.firstSegment = firstSegment;
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
