package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTests {

    @Test
    void quotedFieldsKeepCommasDoubledQuotesNewlinesAndSpaces() {
        assertThat(CsvRecords.parse("a,\"b, \"\"c\"\"\nd\", e \r\nf,,g"))
                .containsExactly(List.of("a", "b, \"c\"\nd", " e "), List.of("f", "", "g"));
    }

    @Test
    void recordsStreamAcrossTheReadersBuffers() throws IOException {
        StringBuilder text = new StringBuilder("InvoiceNo,Description\r\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(",\"SET OF \"\"").append(i).append("\"\" CUPS, PINK\"\r\n");
        }
        List<List<String>> records = new ArrayList<>();

        long count = CsvRecords.read(new StringReader(text.toString()), records::add);

        assertThat(count).isEqualTo(20_001);
        assertThat(records).allMatch(r -> r.size() == 2);
        assertThat(records.get(12_345)).containsExactly("12344", "SET OF \"12344\" CUPS, PINK");
    }

    @Test
    void anEmptyTextHasNoRecords() {
        assertThat(CsvRecords.parse("")).isEmpty();
    }
}
