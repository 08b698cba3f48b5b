package io.aisle.mail.internal;

import io.aisle.mail.MailProperties;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders an outbox row at send time: its model (a few ids and words stored with the row) becomes the templates'
 * variables, read fresh from the modules that own the data, and {@code templates/mail/<template>.html} and
 * {@code .txt} become the two bodies. Its own template engine: a {@code SpringTemplateEngine} bean would replace
 * the web pages' one.
 */
@Component
class MailComposer {

    private final TemplateEngine templates = new SpringTemplateEngine();
    private final OrderMailModels orderModels;
    private final CustomerMailModels customerModels;
    private final MailProperties properties;
    private final JsonMapper json;

    MailComposer(OrderMailModels orderModels, CustomerMailModels customerModels, MailProperties properties,
            JsonMapper json) {
        this.orderModels = orderModels;
        this.customerModels = customerModels;
        this.properties = properties;
        this.json = json;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    /**
     * The mail as it would go now; empty when there is nothing left to say (a reminder for a cart emptied
     * meanwhile). A {@code preview} (for the admin) hides single-use links and asks no LLM.
     */
    Optional<ComposedMail> compose(MailKind kind, String model, boolean preview) {
        JsonNode stored = json.readTree(model == null ? "{}" : model);
        Optional<Map<String, Object>> variables = kind.aboutAnOrder()
                ? Optional.of(orderModels.variables(kind, stored))
                : customerModels.variables(kind, stored, preview);
        return variables.map(found -> render(kind, found));
    }

    private ComposedMail render(MailKind kind, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("shopName", properties.shopName());
        all.put("shopUrl", properties.link("/"));
        Context context = new Context(Locale.ENGLISH, all);
        return new ComposedMail(templates.process("mail/" + kind.template() + ".html", context),
                templates.process("mail/" + kind.template() + ".txt", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
