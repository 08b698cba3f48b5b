package io.aisle.identity;

import io.aisle.identity.internal.AccountThrottle;
import io.aisle.identity.internal.AddressThrottle;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Keeps reset and verification mails from being used to flood an inbox: every request counts, per recipient and
 * per client address, through the sign-in throttle's counters under keys of their own (so asking for mails never
 * blocks a sign-in, and the other way round). The same free allowance and backoff as sign-in apply.
 */
@Component
class MailRequestThrottle {

    private final AccountThrottle recipients;
    private final AddressThrottle addresses;

    MailRequestThrottle(AccountThrottle recipients, AddressThrottle addresses) {
        this.recipients = recipients;
        this.addresses = addresses;
    }

    /** Counts one request of this kind for this recipient, or refuses it with a 429 while either is blocked. */
    void count(String kind, String recipient, String clientAddress) {
        String recipientKey = TokenService.hash(kind + ":" + recipient);
        String addressKey = kind + ":" + clientAddress;
        try {
            addresses.check(addressKey);
            recipients.check(recipientKey);
        } catch (TooManyAttemptsException e) {
            throw new TooManyMailRequestsException(Duration.ofSeconds(e.retryAfterSeconds()));
        }
        addresses.failed(addressKey);
        recipients.failed(recipientKey);
    }
}
