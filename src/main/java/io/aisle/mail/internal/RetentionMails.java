package io.aisle.mail.internal;

import io.aisle.retention.RetentionOfferMade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A retention campaign's offer mail, written in the transaction that issues the customer's code: the mail exists
 * exactly when the code does, and its key makes an offer heard twice one mail.
 */
@Component
class RetentionMails {

    private final Outbox outbox;

    RetentionMails(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(RetentionOfferMade offer) {
        outbox.write(MailKind.RETENTION_OFFER, "retention-offer:" + offer.campaignId() + ":" + offer.userId(),
                offer.email(), offer.firstName() + ", " + offer.discount() + " your next order",
                Outbox.model("name", offer.firstName(), "code", offer.code(), "discount", offer.discount(),
                        "lastDay", offer.lastDay(), "letter", offer.letter()));
    }
}
