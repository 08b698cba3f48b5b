package io.aisle.mail.internal;

import io.aisle.mail.MailProperties;
import io.aisle.shopping.CartLine;
import io.aisle.shopping.CartService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The variables of the mails to a customer that are not about one order: welcome, e-mail verification, password
 * reset and the cart reminder (the cart as it is at send time: emptied meanwhile, there is nothing to send). The
 * welcome and cart mails get the LLM's paragraph when one is configured; a retention offer carries its own text.
 */
@Component
class CustomerMailModels {

    static final String HIDDEN_TOKEN = "hidden-in-the-preview";
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final CartService carts;
    private final MailPersonaliser personaliser;
    private final MailProperties properties;

    CustomerMailModels(CartService carts, MailPersonaliser personaliser, MailProperties properties) {
        this.carts = carts;
        this.personaliser = personaliser;
        this.properties = properties;
    }

    Optional<Map<String, Object>> variables(MailKind kind, JsonNode model, boolean preview) {
        String name = model.path("name").asString("");
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", CustomerMails.firstName(name));
        switch (kind) {
            case WELCOME -> {
                variables.put("accountUrl", properties.link("/account"));
                variables.put("personal", preview ? null : personaliser.welcome(name).orElse(null));
            }
            case EMAIL_VERIFICATION -> tokenLink(variables, model, "/verify-email?token=", "verifyUrl", preview);
            case PASSWORD_RESET -> tokenLink(variables, model, "/reset-password?token=", "resetUrl", preview);
            case CART_REMINDER -> {
                List<CartLine> lines = carts.lines(model.get("userId").asLong());
                if (lines.isEmpty()) {
                    return Optional.empty();
                }
                variables.put("lines", lines);
                variables.put("cartUrl", properties.link("/cart"));
                variables.put("personal", preview ? null : personaliser.cartReminder(name,
                        lines.stream().map(line -> line.product().name()).toList()).orElse(null));
            }
            case RETENTION_OFFER -> {
                // the letter was written (and checked) when the offer was made: the mail says what was decided then
                variables.put("name", model.path("name").asString("there"));
                variables.put("code", model.get("code").asString());
                variables.put("discount", model.get("discount").asString());
                variables.put("lastDay", model.get("lastDay").asString());
                variables.put("letter", model.has("letter") ? model.get("letter").asString() : null);
            }
            default -> throw new IllegalArgumentException("Not a customer mail: " + kind);
        }
        return Optional.of(variables);
    }

    private void tokenLink(Map<String, Object> variables, JsonNode model, String path, String variable,
            boolean preview) {
        String token = preview ? HIDDEN_TOKEN : model.get("token").asString();
        variables.put(variable, properties.link(path + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        variables.put("expires", EXPIRY.format(Instant.parse(model.get("expiresAt").asString())));
    }
}
