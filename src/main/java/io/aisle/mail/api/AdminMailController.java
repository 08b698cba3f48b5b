package io.aisle.mail.api;

import io.aisle.mail.MailBody;
import io.aisle.mail.MailOutbox;
import io.aisle.mail.OutboxMail;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Mail (admin)")
@RestController
@RequestMapping("/api/v1/admin/mail")
class AdminMailController {

    private final MailOutbox outbox;

    AdminMailController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** A mail with its content; {@code body.cleared} when it held a single-use link and was sent. */
    record MailDetail(OutboxMail mail, MailBody body) {
    }

    @Operation(summary = "The outbox: every mail the shop wrote, newest first, with its status and attempts",
            description = "Pages are numbered from 0 (page, size up to 100).")
    @GetMapping
    PageResult<OutboxMail> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return outbox.list(PageQuery.of(page, size));
    }

    @Operation(summary = "One mail with its HTML and text",
            description = "As sent; while it waits, as it would be sent now. A sent password-reset or e-mail "
                    + "verification mail kept no content (body.cleared).")
    @GetMapping("/{id}")
    MailDetail get(@PathVariable long id) {
        return new MailDetail(outbox.get(id), outbox.body(id));
    }

    @Operation(summary = "Try a failed mail again",
            description = "It becomes due at once with its attempts counted afresh.")
    @AnswersProblem(status = 409,
            when = "The mail is not failed: a pending one is retried anyway, a sent one must not go twice.")
    @PostMapping("/{id}/retry")
    OutboxMail retry(@PathVariable long id) {
        return outbox.retry(id);
    }
}
