package io.aisle.retention.internal;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.aisle.retention.RetentionProperties;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The text of an offer's mail, written by the assistant's LLM when the campaign asks for it and one is configured.
 * The LLM gets only the customer's first name, the names of a few products they bought, the discount, the code and
 * its last day; its answer is used only if it passes {@link LetterCheck} (the code, the last day and the discount
 * exactly, nothing to click or type elsewhere, no other offer, at most 120 words). Anything else (offline mode, an error, a timeout, an answer that fails the checks) gives no letter, and
 * the mail says the template's words.
 */
@Component
public class OfferLetters implements DisposableBean {

    static final int MAX_LENGTH = 1_500;
    private static final Logger log = LoggerFactory.getLogger(OfferLetters.class);
    private static final String INSTRUCTIONS = """
            You write the body of a short e-mail (at most 120 words, plain text, no subject line, no links, no HTML) \
            from the online shop %s to a customer who has not ordered for a while, offering them a personal \
            discount. You must include the discount code and its last valid day exactly as given. Promise nothing \
            else, and use only the facts given.""";

    private final ObjectProvider<ChatModel> models;
    private final String shopName;
    private final long timeoutMillis;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "retention-llm");
        thread.setDaemon(true);
        return thread;
    });

    public OfferLetters(ObjectProvider<ChatModel> models, RetentionProperties properties,
            @Value("${aisle.mail.shop-name:Aisle}") String shopName) {
        this.models = models;
        this.shopName = shopName;
        this.timeoutMillis = properties.llmTimeout().toMillis();
    }

    /** What the LLM is told about one customer's offer. */
    public record Facts(String firstName, List<String> products, String discount, String code, String lastDay) {
    }

    /** The LLM's checked text, or null for the template's. */
    public String write(Facts facts) {
        ChatModel model = models.getIfUnique();
        if (model == null) {
            return null;
        }
        try {
            String text = CompletableFuture.supplyAsync(() -> model.chat(
                            SystemMessage.from(INSTRUCTIONS.formatted(shopName)), UserMessage.from(prompt(facts)))
                    .aiMessage().text(), calls).get(timeoutMillis, TimeUnit.MILLISECONDS);
            return checked(text, facts);
        } catch (Exception e) {
            log.warn("The LLM wrote no offer letter, sending the template's text: {}", e.toString());
            return null;
        }
    }

    static String prompt(Facts facts) {
        String bought = facts.products().isEmpty() ? "nothing we can name"
                : String.join("; ", facts.products());
        return "Customer's first name: " + facts.firstName() + "\nProducts they bought before: " + bought
                + "\nTheir discount: " + facts.discount() + " their next order\nDiscount code: " + facts.code()
                + "\nLast valid day: " + facts.lastDay();
    }

    static String checked(String text, Facts facts) {
        String body = text == null ? "" : text.strip();
        Optional<String> problem = body.isEmpty() || body.length() > MAX_LENGTH ? Optional.of("is empty or too long")
                : LetterCheck.problem(body, facts);
        if (problem.isPresent()) {
            log.warn("The LLM's offer letter {}: the template's text goes instead", problem.get());
            return null;
        }
        return body;
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
