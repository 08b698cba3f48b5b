package io.aisle.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plain unit tests, no Spring: the admin account has no password anyone could know in advance. */
class AdminAccountBootstrapTests {

    @Test
    void generatesALongRandomPasswordWhenNoneIsConfigured() {
        Set<String> generated = new HashSet<>();
        for (String configured : new String[] {null, "", "   ", null, ""}) {
            String password = AdminAccountBootstrap.initialPassword(configured);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9_-]+");
            generated.add(password);
        }
        assertThat(generated).hasSize(5);
    }

    @Test
    void usesTheConfiguredPasswordAsGiven() {
        assertThat(AdminAccountBootstrap.initialPassword("chosen-by-the-operator")).isEqualTo("chosen-by-the-operator");
    }

    @Test
    void shipsNoDefaultAdminPasswordInTheConfiguration() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("aisle.security.admin-password")).isEqualTo("${AISLE_ADMIN_PASSWORD:}");
    }
}
