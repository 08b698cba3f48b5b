package io.aisle.mail.internal;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.aisle.mail.MailProperties;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A short personal paragraph for the welcome and cart-reminder mails, written at send time by the assistant's LLM
 * (its {@link ChatModel}, which exists only when an LLM is configured). Empty without an LLM or on any failure:
 * the mail then says the template's own words.
 */
@Component
class MailPersonaliser {

    static final int MAX_LENGTH = 600;
    private static final Logger log = LoggerFactory.getLogger(MailPersonaliser.class);
    private static final String INSTRUCTIONS = """
            You write one short, warm paragraph (two or three sentences, plain text, no greeting, no sign-off, \
            no links, no prices, no promises of discounts) for an e-mail from the online shop %s to a customer. \
            Use only the facts given.""";

    private final ObjectProvider<ChatModel> models;
    private final String shopName;

    MailPersonaliser(ObjectProvider<ChatModel> models, MailProperties properties) {
        this.models = models;
        this.shopName = properties.shopName();
    }

    Optional<String> welcome(String customerName) {
        return write("The customer " + customerName + " just created an account. Welcome them and say what they can "
                + "do in the shop: browse the catalog, ask the shopping assistant, follow their orders.");
    }

    Optional<String> cartReminder(String customerName, List<String> productNames) {
        return write("The customer " + customerName + " left these products in their cart: "
                + String.join("; ", productNames) + ". Remind them kindly that the cart is waiting.");
    }

    private Optional<String> write(String facts) {
        ChatModel model = models.getIfUnique();
        if (model == null) {
            return Optional.empty();
        }
        try {
            String text = model.chat(SystemMessage.from(INSTRUCTIONS.formatted(shopName)), UserMessage.from(facts))
                    .aiMessage().text();
            return Optional.ofNullable(text).map(String::strip).filter(written -> !written.isEmpty())
                    .map(written -> written.length() <= MAX_LENGTH ? written : written.substring(0, MAX_LENGTH) + "…");
        } catch (RuntimeException e) {
            log.warn("The LLM wrote no paragraph for a mail, sending the template's text: {}", e.toString());
            return Optional.empty();
        }
    }
}
