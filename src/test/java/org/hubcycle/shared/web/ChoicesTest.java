package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hubcycle.shared.Labelled;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    private final Choices choices = new Choices();

    enum Size implements Labelled {
        SMALL("Small"),
        LARGE("Large & heavy");

        private final String label;

        Size(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Test
    void aLongListsOptionsAreEscapedAndTheChosenOneSelected() {
        String html =
                choices.options(List.of(Map.entry("202", "Camden"), Map.entry("<x>", "Barking & \"Dagenham\"")), "<x>");
        assertThat(html)
                .isEqualTo("<option value=\"202\">Camden</option>"
                        + "<option value=\"&lt;x&gt;\" selected>Barking &amp; &quot;Dagenham&quot;</option>");
        assertThat(choices.options(List.of("a"), null)).isEqualTo("<option value=\"a\">a</option>");
    }

    @Test
    void anEnumsValuesSendTheirNameAndShowTheirLabel() {
        assertThat(choices.options(Size.values(), Size.LARGE))
                .isEqualTo("<option value=\"SMALL\">Small</option>"
                        + "<option value=\"LARGE\" selected>Large &amp; heavy</option>");
    }
}
