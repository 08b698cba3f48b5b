package io.aisle.mail.internal;

import io.aisle.mail.MailBody;
import io.aisle.mail.data.OutboxRepository;
import org.springframework.stereotype.Component;

/**
 * A mail's content for the admin: the bodies stored when it was sent, or, while it waits, the mail rendered as it
 * would go now (single-use links hidden, no LLM paragraph). A sent mail with a single-use link kept no content.
 */
@Component
public class MailPreviews {

    private final MailComposer composer;

    MailPreviews(MailComposer composer) {
        this.composer = composer;
    }

    public MailBody body(OutboxRepository.StoredContent stored) {
        if (stored.html() != null) {
            return new MailBody(stored.html(), stored.text(), false);
        }
        if (stored.model() == null) {
            return MailBody.clearedAfterSending();
        }
        return composer.compose(MailKind.ofTemplate(stored.template()), stored.model(), true)
                .map(ComposedMail::body)
                .orElse(new MailBody(null, null, false));
    }
}
