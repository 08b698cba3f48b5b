package io.aisle.storefront.assistant;

import io.aisle.assistant.Asker;
import io.aisle.assistant.AssistantProperties;
import io.aisle.assistant.AssistantService;
import io.aisle.assistant.ChatAnswer;
import io.aisle.assistant.ConversationMessage;
import io.aisle.platform.AisleException;
import io.aisle.assistant.Question;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.EventStreamWriter;
import io.aisle.storefront.internal.Money;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat widget on every storefront page. Sending a message answers at once with the question and an
 * empty answer that opens a Server-Sent Events stream; the stream runs the assistant and sends the
 * answer in pieces, then its products (with "Add to cart"), then the messages left, then {@code done}.
 */
@Controller
class ChatPageController {

    private static final String CHAT = "storefront/assistant/chat";

    private final AssistantService assistant;
    private final AssistantProperties properties;
    private final Money money;
    private final JsonMapper json;

    ChatPageController(AssistantService assistant, AssistantProperties properties, Money money, JsonMapper json) {
        this.assistant = assistant;
        this.properties = properties;
        this.money = money;
        this.json = json;
    }

    /** The widget's panel: this session's conversation so far, the messages left, and the form. */
    @GetMapping("/assistant")
    String panel(Optional<CurrentUser> user, HttpServletRequest request, Model model) {
        Optional<Asker> asker = ChatSession.existingAsker(user, request);
        Long conversation = asker.map(a -> ChatSession.conversation(request, a)).orElse(null);
        List<ConversationMessage> history = conversation != null ? assistant.messages(asker.get(), conversation)
                : List.of();
        int remaining = asker.map(assistant::remaining).orElse(properties.guestMessages());
        model.addAttribute("history", history);
        model.addAttribute("remainingText", remainingText(remaining, user.isEmpty()));
        model.addAttribute("limitReached", remaining == 0);
        return CHAT + " :: panel";
    }

    @PostMapping("/assistant/messages")
    String send(ChatForm form, Optional<CurrentUser> user, HttpServletRequest request, Model model) {
        String message = form.message() == null ? "" : form.message().strip();
        model.addAttribute("question", message);
        if (message.isEmpty() || message.length() > properties.maxMessageLength()) {
            model.addAttribute("error", message.isEmpty() ? "Type a question first."
                    : "Messages can be at most " + properties.maxMessageLength() + " characters long.");
            return CHAT + " :: refused";
        }
        Asker asker = ChatSession.asker(user, request);
        if (assistant.remaining(asker) == 0) {
            model.addAttribute("error", remainingText(0, asker.isGuest()));
            return CHAT + " :: refused";
        }
        model.addAttribute("streamId", ChatSession.hold(request, message));
        return CHAT + " :: turn";
    }

    @PostMapping("/assistant/new")
    String startOver(Optional<CurrentUser> user, HttpServletRequest request, Model model) {
        ChatSession.forget(request);
        return panel(user, request, model);
    }

    /** The answer to a question the widget sent, streamed: text chunks (escaped), products, messages left, done. */
    @GetMapping("/assistant/stream/{id}")
    void stream(@PathVariable String id, Optional<CurrentUser> user, HttpServletRequest request,
            HttpServletResponse response) {
        EventStreamWriter events = new EventStreamWriter(response);
        Optional<ChatSession.Pending> pending = ChatSession.take(request, id);
        if (pending.isEmpty()) {
            events.send("chunk", "This question was already answered.");
        } else {
            answer(events, ChatSession.asker(user, request), pending.get().message(), request);
        }
        events.send("done", "");
    }

    private void answer(EventStreamWriter events, Asker asker, String message, HttpServletRequest request) {
        Question question;
        try {
            question = assistant.accept(asker, message, ChatSession.conversation(request, asker));
        } catch (AisleException refused) {
            // the page already shows the question and waits on this stream: the refusal (a burst limit
            // reached since it was sent) is the answer; an error status would only make the browser retry
            events.send("chunk", ChatHtml.text(refused.detail()));
            return;
        }
        ChatAnswer answer = assistant.answer(question, text -> events.send("chunk", ChatHtml.text(text)));
        ChatSession.continueWith(request, asker, answer.conversationId());
        events.send("products", ChatHtml.products(answer.products(), money,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName())));
        events.send("remaining", json.writeValueAsString(Map.of("remaining", answer.remaining(),
                "text", remainingText(answer.remaining(), asker.isGuest()))));
    }

    static String remainingText(int remaining, boolean guest) {
        if (guest) {
            return remaining == 0 ? "You have used your free guest messages. Sign in or register to keep chatting."
                    : remaining + (remaining == 1 ? " free message" : " free messages") + " left. Sign in for more.";
        }
        return remaining == 0 ? "You have used today's messages. The assistant is back tomorrow (UTC)."
                : remaining + (remaining == 1 ? " message" : " messages") + " left today.";
    }
}
