package io.aisle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module picture of DESIGN.md true: modules only use each other's root packages (their public
 * face), and there are no cycles. Also writes the module diagrams to target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AisleApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicFaceAndFormNoCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
