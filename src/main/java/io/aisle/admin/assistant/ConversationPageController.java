package io.aisle.admin.assistant;

import io.aisle.admin.internal.CustomerLabel;
import io.aisle.admin.internal.Pager;
import io.aisle.assistant.Conversation;
import io.aisle.assistant.ConversationReview;
import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.platform.Htmx;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The assistant's conversations for the admin: those with unhappy customer messages first, and one conversation. */
@Controller
class ConversationPageController {

    static final int PAGE_SIZE = 25;

    /** A listed conversation with who had it (a customer's email, or "Guest"). */
    record ConversationRow(Conversation conversation, String who) {
    }

    private final ConversationReview review;
    private final AccountService accounts;

    ConversationPageController(ConversationReview review, AccountService accounts) {
        this.review = review;
        this.accounts = accounts;
    }

    @GetMapping("/admin/assistant")
    String list(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        PageResult<Conversation> conversations = review.list(new PageQuery(page, PAGE_SIZE));
        Map<Long, User> users = accounts.findAll(conversations.content().stream().map(Conversation::userId)
                .filter(Objects::nonNull).distinct().toList());
        model.addAttribute("conversations", conversations.content().stream()
                .map(c -> new ConversationRow(c, c.userId() == null ? "Guest" : CustomerLabel.of(c.userId(), users)))
                .toList());
        model.addAttribute("pager", Pager.of(conversations, request));
        return Htmx.view(request, response, "admin/assistant/list", "results");
    }

    @GetMapping("/admin/assistant/{id}")
    String conversation(@PathVariable long id, Model model) {
        model.addAttribute("conversationId", id);
        model.addAttribute("messages", review.messages(id));
        return "admin/assistant/conversation";
    }
}
