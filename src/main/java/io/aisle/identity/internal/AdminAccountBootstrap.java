package io.aisle.identity.internal;

import io.aisle.identity.AccountService;
import io.aisle.identity.EmailTakenException;
import io.aisle.identity.RegistrationForm;
import io.aisle.identity.Role;
import io.aisle.platform.SecurityProperties;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the admin account from {@code AISLE_ADMIN_EMAIL} exists. With {@code AISLE_ADMIN_PASSWORD}
 * its password is set from configuration at every start; without it, a random password is generated
 * when the account is first created and printed once. There is no default password. Instances starting
 * together on an empty database may both try to create it; the unique email lets one of them do it and the
 * other takes that account (and prints no password of its own, since it set none).
 */
@Component
@Order(0)
class AdminAccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

    private final AccountService accounts;
    private final SecurityProperties properties;

    AdminAccountBootstrap(AccountService accounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = properties.adminEmail();
        String configured = properties.adminPassword();
        boolean hasPassword = configured != null && !configured.isBlank();
        var existing = accounts.findByEmail(email);
        if (existing.isEmpty()) {
            try {
                create(email, configured, hasPassword);
                return;
            } catch (EmailTakenException e) {
                // another instance starting at the same moment created it first: theirs stands, as if it had been there
                existing = accounts.findByEmail(email);
            }
        }
        if (hasPassword) {
            accounts.resetPassword(existing.orElseThrow().id(), configured, Role.ADMIN);
        }
    }

    private void create(String email, String configured, boolean hasPassword) {
        String password = initialPassword(configured);
        accounts.create(new RegistrationForm(email, password, "Shop Admin"), Role.ADMIN);
        if (hasPassword) {
            log.info("Created the admin account {}", email);
        } else {
            log.warn("""

                    ============================================================
                     Created the admin account. This is shown only once:
                       email:    {}
                       password: {}
                     Set AISLE_ADMIN_PASSWORD to choose it yourself.
                    ============================================================""", email, password);
        }
    }

    /** The configured password, or else a fresh random one: there is no default to guess. */
    static String initialPassword(String configured) {
        return configured != null && !configured.isBlank() ? configured : generated();
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
