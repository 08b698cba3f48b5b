package io.aisle.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The assistant answers from the classpath copy of the policies: it must say what docs/policies.md says. */
class StorePolicyDocumentTests {

    @Test
    void classpathPoliciesAreTheDocumentedOnes() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/assistant/policies.md")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("docs/policies.md")));
        }
    }
}
