package io.aisle.admin.mail;

import io.aisle.admin.internal.Pager;
import io.aisle.mail.MailOutbox;
import io.aisle.mail.OutboxMail;
import io.aisle.platform.Htmx;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mail outbox: every mail the shop wrote with its status, one mail's HTML and text, and retrying a failed one. */
@Controller
class MailPageController {

    static final int PAGE_SIZE = 25;

    private final MailOutbox outbox;

    MailPageController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        PageResult<OutboxMail> mails = outbox.list(new PageQuery(page, PAGE_SIZE));
        model.addAttribute("mails", mails.content());
        model.addAttribute("pager", Pager.of(mails, request));
        return Htmx.view(request, response, "admin/mail/list", "results");
    }

    @GetMapping("/admin/mail/{id}")
    String mail(@PathVariable long id, Model model) {
        model.addAttribute("mail", outbox.get(id));
        model.addAttribute("body", outbox.body(id));
        return "admin/mail/mail";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        outbox.retry(id);
        redirect.addFlashAttribute("message", "Mail " + id + " is queued again and goes out in a moment.");
        return "redirect:/admin/mail/" + id;
    }
}
