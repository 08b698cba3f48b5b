package io.aisle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Aisle: one Spring Boot application made of business modules (catalog, identity, shopping,
 * ordering, tracking, analytics, ...) on a shared platform. See {@code docs/} and the README.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AisleApplication {

    public static void main(String[] args) {
        SpringApplication.run(AisleApplication.class, args);
    }
}
