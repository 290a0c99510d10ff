package org.hubcycle.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.NotFoundException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An academic year in an address ({@code /enrolment/2026-27}) or a query ({@code ?year=2026-27}) binds
 * to {@link AcademicYear}: a handler takes {@code @PathVariable AcademicYear year}. A value that is not
 * a year, or is the first or last year there is (whose page could not link to the year before or
 * after), is not found, on pages as in the API.
 */
@Configuration(proxyBeanMethods = false)
class AcademicYearFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new YearFormatter());
    }

    static final class YearFormatter implements Formatter<AcademicYear> {

        @Override
        public AcademicYear parse(String text, Locale locale) {
            return Addresses.year(text);
        }

        @Override
        public String print(AcademicYear year, Locale locale) {
            return year.slug();
        }
    }

    /** On pages, a year that is not one is the "page not found" page; any other value that does not bind is a bad request. */
    @ControllerAdvice(annotations = Controller.class)
    @Order
    static class PageArguments {

        @ExceptionHandler(MethodArgumentTypeMismatchException.class)
        void mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
            response.sendError(
                    notFound(e).isPresent() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** The value named something that does not exist, such as a year without a page. */
    static Optional<NotFoundException> notFound(MethodArgumentTypeMismatchException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException missing) {
                return Optional.of(missing);
            }
        }
        return Optional.empty();
    }
}
