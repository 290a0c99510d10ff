package org.hubcycle.shared.web;

import java.util.Map;
import java.util.Set;
import org.hubcycle.shared.Dates;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Hubcycle's helpers as template expression objects: {@code #format} ({@link Dates}: {@code
 * #format.date(d)}, {@code #format.dateTime(i)}, {@code #format.times(from, to)}) and {@code #choices}
 * ({@link Choices}). As beans ({@code @dates}) they would work the same, but Spring EL never compiles an
 * expression with a bean reference in it, so every date a list showed was interpreted, by reflection, on
 * every row (issue 14). An expression object is a variable, which the compiler handles like any other.
 */
@Component
class TemplateHelpers extends AbstractDialect implements IExpressionObjectDialect {

    private final Map<String, Object> helpers;

    TemplateHelpers(Dates dates, Choices choices) {
        super("Hubcycle");
        this.helpers = Map.of("format", dates, "choices", choices);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return helpers.keySet();
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return helpers.get(name);
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
