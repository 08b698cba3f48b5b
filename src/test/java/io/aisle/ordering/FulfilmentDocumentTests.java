package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the curl commands of docs/fulfilment.md with bash and curl, as a user pastes them, against this test's
 * server: only the port and the example order numbers (42, 43, 44) are replaced by this run's.
 */
class FulfilmentDocumentTests extends OrderingApiTest {

    private static final Pattern BASH = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL);

    @Test
    void theDocumentedShippingCommandsShipOrdersAndFindThem() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("2.00"), 10);
        long single = buy(newCustomer(), product, 1);
        long bulk = buy(newCustomer(), product, 1);
        long cancelled = buy(newCustomer(), product, 1);
        String admin = adminBearer();
        api.post().uri("/api/v1/admin/orders/{id}/status", cancelled).header("Authorization", admin)
                .body(java.util.Map.of("status", "CANCELLED")).exchange().expectStatus().isOk();
        long searched = buy(newCustomer(), product, 1);
        jdbc.sql("UPDATE orders SET email = 'ada@example.com' WHERE id = :id").param("id", searched).update();

        String script = commands().replace("localhost:8080", "localhost:" + port)
                .replace("/orders/42/", "/orders/" + single + "/")
                .replace("\"id\":43", "\"id\":" + bulk).replace("\"id\":44", "\"id\":" + cancelled);
        String output = bash(script, admin.substring("Bearer ".length()));

        assertThat(output).contains("\"status\":\"SHIPPED\"", "\"carrier\":\"UPS\"",
                "\"trackingUrl\":\"https://www.ups.com/track?tracknum=1Z999AA10123456784\"",
                "{\"shipped\":[" + bulk + "],\"refused\":{\"" + cancelled + "\":\"Order " + cancelled
                        + " is CANCELLED and cannot become SHIPPED.\"}}",
                "\"id\":" + searched + ",");
    }

    private static String commands() throws IOException {
        Matcher block = BASH.matcher(Files.readString(Path.of("docs/fulfilment.md")));
        assertThat(block.find()).as("a bash block in docs/fulfilment.md").isTrue();
        return block.group(1);
    }

    private static String bash(String script, String adminToken) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        bash.environment().put("ADMIN", adminToken);
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
