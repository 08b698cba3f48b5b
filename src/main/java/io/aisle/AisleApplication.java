package io.aisle;

import io.aisle.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Aisle: one Spring Boot application made of business modules (catalog, identity, shopping,
 * ordering, tracking, analytics, ...) on a shared platform. See {@code docs/} and the README.
 * With a command as first argument ({@code help} lists them) it runs that command instead of the shop.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AisleApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.launch(AisleApplication.class, args));
        }
        SpringApplication.run(AisleApplication.class, args);
    }
}
