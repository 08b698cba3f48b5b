package io.aisle.assistant.api;

import io.aisle.assistant.Asker;
import io.aisle.assistant.AssistantService;
import io.aisle.assistant.ChatAnswer;
import io.aisle.assistant.Conversation;
import io.aisle.assistant.ConversationMessage;
import io.aisle.assistant.GuestTokens;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The assistant's API. Signed-in customers are who their token says; guests send the opaque token from
 * their first answer in {@code X-Assistant-Guest}. The asker is fixed here, never taken from the message.
 */
@RestController
@RequestMapping("/api/v1/assistant")
class AssistantController {

    static final String GUEST_HEADER = "X-Assistant-Guest";

    private final AssistantService assistant;

    AssistantController(AssistantService assistant) {
        this.assistant = assistant;
    }

    @PostMapping("/chat")
    ChatResponse chat(@RequestBody ChatRequest request, Optional<CurrentUser> user,
            @RequestHeader(name = GUEST_HEADER, required = false) String guestToken, HttpServletRequest http) {
        String token = user.isPresent() ? null : guestToken(guestToken);
        return ChatResponse.of(assistant.chat(asker(user, token, http), request.message(), request.conversationId()),
                token);
    }

    /**
     * The same answer as Server-Sent Events: {@code meta} (conversation, provider, remaining, guest token),
     * the text in {@code chunk} events, {@code products}, then {@code done}. Refusals (quota, bad input)
     * come before the stream opens, as problem answers.
     */
    @PostMapping(path = "/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestBody ChatRequest request, Optional<CurrentUser> user,
            @RequestHeader(name = GUEST_HEADER, required = false) String guestToken, HttpServletRequest http)
            throws IOException {
        String token = user.isPresent() ? null : guestToken(guestToken);
        ChatAnswer answer = assistant.chat(asker(user, token, http), request.message(), request.conversationId());
        SseEmitter events = new SseEmitter(0L);
        events.send(SseEmitter.event().name("meta").data(Map.of("conversationId", answer.conversationId(),
                "provider", answer.provider(), "fallback", answer.fallback(), "remaining", answer.remaining(),
                "guestToken", token == null ? "" : token), MediaType.APPLICATION_JSON));
        for (String chunk : Chunks.of(answer.answer())) {
            events.send(SseEmitter.event().name("chunk").data(chunk, MediaType.TEXT_PLAIN));
        }
        events.send(SseEmitter.event().name("products").data(answer.products(), MediaType.APPLICATION_JSON));
        events.send(SseEmitter.event().name("done").data(""));
        events.complete();
        return events;
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
