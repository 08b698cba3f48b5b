package io.aisle.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a fragment of a page template outside a request, for live updates: the pages and their
 * updates come from the same markup, escaped the same way. There is no request, so links in such
 * fragments are server-relative ({@code @{~/admin/...}}).
 * Used for the Server-Sent Events of {@link LiveEvents}.
 */
@Component
public class Fragments {

    private final ITemplateEngine templates;

    Fragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String render(String template, String fragment, Map<String, Object> variables) {
        return templates.process(template, Set.of(fragment), new Context(Locale.ENGLISH, variables)).strip();
    }
}
