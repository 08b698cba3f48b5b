package io.aisle.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The curl block of docs/shipping.md, run with bash against this test's server as a user runs it: only the
 * address and the admin's credentials are this server's. The Canada zone it creates is removed before and after.
 */
class ShippingGuideTests extends ShippingApiTest {

    @BeforeEach
    @AfterEach
    void noCanadaZone() {
        zones.list().stream().filter(zone -> zone.name().equals("Canada")).forEach(zone -> zones.delete(zone.id()));
    }

    @Test
    void theGuidesCurlCommandsCreateAZoneAndAMethodThatQuebecIsOffered() throws Exception {
        String script = guideBlock().replace("http://localhost:8080", "http://localhost:" + port)
                .replace("admin@aisle.local", ADMIN_EMAIL).replace("<printed at first start>", ADMIN_PASSWORD);

        Process bash = new ProcessBuilder("bash", "-c", "set -e\n" + script).redirectErrorStream(true).start();
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.exitValue()).as(output).isZero();
        int canada = output.indexOf("\"name\":\"Canada Post Expedited\"");
        assertThat(output.substring(0, Math.max(canada, 0))).contains("\"name\":\"Standard\",\"pickup\":false,\"price\":9.99");
        assertThat(output).contains("\"name\":\"Canada Post Expedited\",\"carrier\":\"Canada Post\",\"pickup\":false,\"price\":12.00",
                "\"active\":false", "\"active\":true");
        ShippingZone zone = zones.list().stream().filter(z -> z.name().equals("Canada")).findFirst().orElseThrow();
        assertThat(zone.methods()).singleElement().satisfies(method -> assertThat(method.active()).isTrue());
    }

    private static String guideBlock() throws IOException {
        Matcher block = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs", "shipping.md")));
        assertThat(block.find()).as("a bash block in docs/shipping.md").isTrue();
        return block.group(1);
    }
}
