package io.aisle.promotions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The curl commands of docs/promotions.md, run by bash and curl as a reader would paste them, against the
 * running test application (its port and admin account instead of the defaults; this test's own code and
 * category, so that the commands can run again and never touch another test's carts).
 */
class PromotionDocsCommandsTests extends PromotionTest {

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theCurlCommandsOfTheDocsCreatePauseResumeAndListPromotions() throws Exception {
        String docs = Files.readString(Path.of("docs/promotions.md"));
        StringBuilder script = new StringBuilder();
        Matcher block = BASH_BLOCK.matcher(docs);
        while (block.find()) {
            script.append(block.group(1));
        }
        String code = unique("SUMMER").replace("-", "");
        String commands = script.toString()
                .replace("localhost:8080", "localhost:" + port)
                .replace("admin@aisle.local", ADMIN_EMAIL)
                .replace("<printed at first start>", ADMIN_PASSWORD)
                .replace("SUMMER15", code)
                .replace("\"clothing\"", "\"" + category + "\"");
        assertThat(commands).contains("curl");

        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", commands).redirectErrorStream(true).start();
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jdbc.sql("SELECT id FROM promotions WHERE code_key = :code OR category_slugs = :category")
                .param("code", code).param("category", category).query(Long.class).list()
                .forEach(this::pauseAfterwards);

        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("\"title\":")
                .contains("\"code\":\"" + code + "\"", "\"kind\":\"BUY_X_GET_Y\"", "\"status\":\"PAUSED\"",
                        "\"status\":\"ACTIVE\"", "{\"content\":[],", "\"redemptions\":");
    }
}
