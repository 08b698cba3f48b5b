package io.aisle.assistant.api;

import io.aisle.assistant.Asker;
import io.aisle.assistant.AssistantService;
import io.aisle.assistant.ChatAnswer;
import io.aisle.assistant.Conversation;
import io.aisle.assistant.ConversationMessage;
import io.aisle.assistant.GuestTokens;
import io.aisle.assistant.Question;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.EventStreamWriter;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant's API. Signed-in customers are who their token says; guests send the opaque token from
 * their first answer in {@code X-Assistant-Guest}. The asker is fixed here, never taken from the message.
 */
@RestController
@RequestMapping("/api/v1/assistant")
class AssistantController {

    static final String GUEST_HEADER = "X-Assistant-Guest";

    /** The last event of a streamed answer. */
    record StreamEnd(long conversationId, String provider, boolean fallback, int remaining) {
    }

    private final AssistantService assistant;
    private final JsonMapper json;

    AssistantController(AssistantService assistant, JsonMapper json) {
        this.assistant = assistant;
        this.json = json;
    }

    @AnswersProblem(status = 429, when = "Too many messages (per minute, per day, or per guest session); "
            + "`retryAfterSeconds` says when to try again.")
    @AnswersProblem(status = 404, when = "There is no conversation with this conversationId, or it is not yours.")
    @PostMapping("/chat")
    ChatResponse chat(@RequestBody ChatRequest request, Optional<CurrentUser> user,
            @RequestHeader(name = GUEST_HEADER, required = false) String guestToken, HttpServletRequest http) {
        String token = user.isPresent() ? null : guestToken(guestToken);
        return ChatResponse.of(assistant.chat(asker(user, token, http), request.message(), request.conversationId()),
                token);
    }

    /**
     * The same answer as Server-Sent Events, written as it is produced: {@code meta} (provider, guest
     * token), the text in {@code chunk} events (an LLM's tokens as they come), {@code products}, then
     * {@code done} (conversation, fallback, messages left). Refusals (quota, bad input) come before the
     * stream opens, as problem answers.
     */
    @AnswersProblem(status = 429, when = "Too many messages (per minute, per day, or per guest session); "
            + "`retryAfterSeconds` says when to try again.")
    @AnswersProblem(status = 404, when = "There is no conversation with this conversationId, or it is not yours.")
    @PostMapping("/chat/stream")
    void stream(@RequestBody ChatRequest request, Optional<CurrentUser> user,
            @RequestHeader(name = GUEST_HEADER, required = false) String guestToken, HttpServletRequest http,
            HttpServletResponse response) {
        String token = user.isPresent() ? null : guestToken(guestToken);
        Question question = assistant.accept(asker(user, token, http), request.message(), request.conversationId());
        EventStreamWriter events = new EventStreamWriter(response);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("provider", assistant.provider());
        if (token != null) {
            meta.put("guestToken", token);
        }
        events.send("meta", json.writeValueAsString(meta));
        ChatAnswer answer = assistant.answer(question, text -> events.send("chunk", text));
        events.send("products", json.writeValueAsString(answer.products()));
        events.send("done", json.writeValueAsString(new StreamEnd(answer.conversationId(), answer.provider(),
                answer.fallback(), answer.remaining())));
    }

    /** The signed-in customer's own conversations, newest first. */
    @GetMapping("/conversations")
    PageResult<Conversation> conversations(CurrentUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return assistant.conversations(user.id(), PageQuery.of(page, size));
    }

    /** One of the asker's conversations' messages; anyone else's is a 404. */
    @GetMapping("/conversations/{id}/messages")
    List<ConversationMessage> messages(@PathVariable long id, Optional<CurrentUser> user,
            @RequestHeader(name = GUEST_HEADER, required = false) String guestToken, HttpServletRequest http) {
        String token = user.isPresent() ? null : guestToken(guestToken);
        return assistant.messages(asker(user, token, http), id);
    }

    private static String guestToken(String given) {
        return GuestTokens.isWellFormed(given) ? given : GuestTokens.newToken();
    }

    private static Asker asker(Optional<CurrentUser> user, String guestToken, HttpServletRequest http) {
        return user.map(u -> Asker.customer(u.id()))
                .orElseGet(() -> Asker.guest(GuestTokens.key(guestToken), http.getRemoteAddr()));
    }
}
