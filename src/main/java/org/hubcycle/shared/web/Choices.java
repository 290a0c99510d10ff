package org.hubcycle.shared.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.hubcycle.shared.Labelled;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * How the form fragments read a choice: an enum sends its name and shows its label, a map entry sends
 * its key and shows its value, anything else is sent and shown as it is. Templates call it as {@code
 * #choices} ({@link TemplateHelpers}): a {@code T(...)} type reference costs Thymeleaf a check of the class
 * against its blocked packages on every evaluation, which on a long list was a tenth of a page's time.
 */
@Component
public final class Choices {

    public String value(Object choice) {
        if (choice instanceof Enum<?> e) {
            return e.name();
        }
        if (choice instanceof Map.Entry<?, ?> entry) {
            return String.valueOf(entry.getKey());
        }
        return String.valueOf(choice);
    }

    public String text(Object choice) {
        if (choice instanceof Labelled labelled) {
            return labelled.label();
        }
        if (choice instanceof Map.Entry<?, ?> entry) {
            return String.valueOf(entry.getValue());
        }
        return String.valueOf(choice);
    }

    /**
     * The {@code <option>} elements of a select, written here in one go rather than by the template option
     * by option (a select of the 152 local authorities was most of a search page's rendering); every value
     * and text is HTML-escaped.
     */
    public String options(Collection<?> choices, Object selected) {
        String chosen = selected == null ? null : String.valueOf(selected);
        StringBuilder html = new StringBuilder(choices.size() * 48);
        for (Object choice : choices) {
            String value = value(choice);
            html.append("<option value=\"")
                    .append(HtmlUtils.htmlEscape(value))
                    .append(value.equals(chosen) ? "\" selected>" : "\">")
                    .append(HtmlUtils.htmlEscape(text(choice)))
                    .append("</option>");
        }
        return html.toString();
    }

    /** The same for an array of choices (an enum's values, say). */
    public String options(Object[] choices, Object selected) {
        return options(Arrays.asList(choices), selected);
    }
}
