package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GovukAssetsTest {

    @Test
    void removesTheGdsTransportTypeface() {
        String css = "@font-face{font-family:GDS Transport;src:url(/assets/fonts/light.woff2)}"
                + ".govuk-body{font-family:GDS Transport,arial,sans-serif}\n/*# sourceMappingURL=x.map */";
        assertThat(GovukAssets.withoutGdsTransport(css)).isEqualTo(".govuk-body{font-family:arial,sans-serif}\n");
    }
}
