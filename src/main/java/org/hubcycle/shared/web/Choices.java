package org.hubcycle.shared.web;

import java.util.Map;
import org.hubcycle.shared.Labelled;

/**
 * How the form fragments read a choice: an enum sends its name and shows its label, a map entry sends
 * its key and shows its value, anything else is sent and shown as it is.
 */
public final class Choices {

    private Choices() {}

    public static String value(Object choice) {
        if (choice instanceof Enum<?> e) {
            return e.name();
        }
        if (choice instanceof Map.Entry<?, ?> entry) {
            return String.valueOf(entry.getKey());
        }
        return String.valueOf(choice);
    }

    public static String text(Object choice) {
        if (choice instanceof Labelled labelled) {
            return labelled.label();
        }
        if (choice instanceof Map.Entry<?, ?> entry) {
            return String.valueOf(entry.getValue());
        }
        return String.valueOf(choice);
    }
}
