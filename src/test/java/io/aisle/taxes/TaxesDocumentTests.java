package io.aisle.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The curl commands of docs/taxes.md ("Through the API"), run with curl and bash against this test's shop, as
 * a user would paste them: only the port and the admin's credentials are replaced, and curl is told to fail
 * on an error status so that a wrong example fails the test.
 */
class TaxesDocumentTests extends TaxApiTest {

    @AfterEach
    void removeTheExamplesRates() {
        taxes.rates().stream().filter(r -> r.country().equals("US") && "PA".equals(r.region()))
                .forEach(r -> taxes.delete(r.id()));
    }

    @Test
    void theApiExamplesRunAndDoWhatTheySay() throws Exception {
        admin();
        String script = "set -eo pipefail\n" + examples()
                .replace("localhost:8080", "localhost:" + port)
                .replace("admin@aisle.local", ADMIN_EMAIL)
                .replace("<printed at first start>", ADMIN_PASSWORD)
                .replace("curl -s ", "curl -sSf ");

        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(taxes.rulesFor("US", "PA").byClass()).containsOnlyKeys("standard");
        assertThat(taxes.rulesFor("US", "PA").rate("standard"))
                .contains(new TaxRate("standard", "PA sales tax", new BigDecimal("0.0600")));
        assertThat(taxes.settings()).isEqualTo(new TaxSettings(true, true));
    }

    /** The first bash block after the heading "## Through the API". */
    private static String examples() throws IOException {
        String doc = Files.readString(Path.of("docs/taxes.md"));
        int section = doc.indexOf("## Through the API");
        int start = doc.indexOf("```bash\n", section) + "```bash\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }
}
