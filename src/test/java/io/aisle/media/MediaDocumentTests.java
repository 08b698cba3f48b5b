package io.aisle.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the curl commands of docs/media.md with bash and curl, as a user pastes them, in a folder holding
 * shoe.jpg: only the port and the example product id (42) are replaced by this run's.
 */
class MediaDocumentTests extends ApiTest {

    private static final Pattern BASH = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL);

    @Test
    void theDocumentedCommandsUploadAPictureAndListIt(@TempDir Path folder) throws Exception {
        long productId = newProduct("sports", new BigDecimal("59.00"), 2);
        Files.write(folder.resolve("shoe.jpg"), TestImages.jpeg(900, 900, 31));
        Matcher block = BASH.matcher(Files.readString(Path.of("docs/media.md")));
        assertThat(block.find()).as("a bash block in docs/media.md").isTrue();
        String script = block.group(1).replace("localhost:8080", "localhost:" + port)
                .replace("/products/42/", "/products/" + productId + "/");

        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(folder.toFile()).redirectErrorStream(true);
        bash.environment().put("TOKEN", adminBearer().substring("Bearer ".length()));
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("\"alt\":\"The shoe from the side\"", "\"widths\":[200,400,800,900]",
                "-900.jpg 900w");
        assertThat(output.split("\"productId\":" + productId)).hasSize(3);
    }
}
