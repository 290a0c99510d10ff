package org.hubcycle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0          | £0",
                "5          | £0.05",
                "150        | £1.50",
                "15050      | £150.50",
                "100000     | £1,000",
                "300000     | £3,000",
                "12345678   | £123,456.78",
                "100000000  | £1,000,000",
                "-250075    | -£2,500.75",
            })
    void writesPoundsAsTheUkDoes(long pence, String pounds) {
        assertThat(Funding.pounds(pence)).isEqualTo(pounds);
    }
}
