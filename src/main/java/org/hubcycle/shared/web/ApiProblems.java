package org.hubcycle.shared.web;

import java.util.Optional;
import java.util.stream.Collectors;
import org.hubcycle.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API ({@code @RestController}s) as RFC 9457 problem details, each saying which
 * value is wrong; pages keep their GOV.UK error pages. Errors before a controller is chosen (an unknown
 * address, a method not allowed) are answered by {@link ErrorResponses}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, words(e));
        problem.setTitle(words("problem.not-found"));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badArgument(MethodArgumentTypeMismatchException e) {
        Optional<NotFoundException> missing = AcademicYearFormatting.notFound(e);
        if (missing.isPresent()) {
            return notFound(missing.get());
        }
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, words("problem.not-valid", e.getValue(), e.getName()));
    }

    /** Query values bound to a record, such as a search's {@code trust}: each wrong one named. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(this::describe)
                .collect(Collectors.joining("; "));
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, detail.isEmpty() ? words("problem.values-not-valid") : detail);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private String describe(FieldError error) {
        return error.isBindingFailure()
                ? words("problem.not-valid", error.getRejectedValue(), error.getField())
                : words("problem.field", error.getField(), error.getDefaultMessage());
    }

    private String words(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private String words(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }
}
