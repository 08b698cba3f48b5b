package io.aisle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The commands documented in {@code META-INF/aisle/commands.properties}, which {@code help} lists and whose
 * arguments are checked before the application starts, are exactly the application's command beans.
 */
class DocumentedCommandsTests extends ApiTest {

    @Autowired
    List<AisleCommand> commands;

    @Test
    void everyCommandOfTheApplicationIsDocumentedAsItDescribesItself() {
        List<CommandSyntax> beans = commands.stream()
                .map(command -> new CommandSyntax(command.name(), command.description(), command.usage()))
                .toList();

        assertThat(CommandSyntax.documented()).containsExactlyInAnyOrderElementsOf(beans);
    }
}
