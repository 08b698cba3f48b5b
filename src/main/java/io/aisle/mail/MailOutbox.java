package io.aisle.mail;

import io.aisle.mail.data.OutboxRepository;
import io.aisle.mail.internal.MailPreviews;
import io.aisle.mail.internal.OutboxSender;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox for the admin: the mails newest first, one mail's content, and another try for a mail that gave up.
 * Writing and sending are the module's own business (listeners and the sender).
 */
@Service
public class MailOutbox {

    private final OutboxRepository outbox;
    private final MailPreviews previews;
    private final OutboxSender sender;
    private final Clock clock;

    MailOutbox(OutboxRepository outbox, MailPreviews previews, OutboxSender sender, Clock clock) {
        this.outbox = outbox;
        this.previews = previews;
        this.sender = sender;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<OutboxMail> list(PageQuery page) {
        return PageResult.of(outbox.findPage(page), page, outbox.count());
    }

    @Transactional(readOnly = true)
    public OutboxMail get(long id) {
        return outbox.findById(id).orElseThrow(() -> new MailNotFoundException(id));
    }

    /** What was sent; before sending, the mail as it would go now (single-use links hidden, no LLM paragraph). */
    public MailBody body(long id) {
        return previews.body(outbox.findContent(id).orElseThrow(() -> new MailNotFoundException(id)));
    }

    /** Makes a failed mail due again now, with its attempts counted afresh; 409 for any other mail. */
    @Transactional
    public OutboxMail retry(long id) {
        OutboxMail mail = get(id);
        if (!outbox.retry(id, clock.instant())) {
            throw new MailNotFailedException(id, mail.status());
        }
        sender.nudgeAfterCommit();
        return get(id);
    }
}
