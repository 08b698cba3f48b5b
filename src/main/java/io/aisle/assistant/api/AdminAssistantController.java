package io.aisle.assistant.api;

import io.aisle.assistant.ConversationReview;
import io.aisle.assistant.Conversation;
import io.aisle.assistant.ConversationMessage;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin's view of assistant conversations: those with negative customer messages first. */
@RestController
@RequestMapping("/api/v1/admin/assistant/conversations")
class AdminAssistantController {

    private final ConversationReview review;

    AdminAssistantController(ConversationReview review) {
        this.review = review;
    }

    @GetMapping
    PageResult<Conversation> conversations(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return review.list(PageQuery.of(page, size));
    }

    @GetMapping("/{id}/messages")
    List<ConversationMessage> messages(@PathVariable long id) {
        return review.messages(id);
    }
}
