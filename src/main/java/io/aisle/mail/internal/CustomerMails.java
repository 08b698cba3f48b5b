package io.aisle.mail.internal;

import io.aisle.identity.AccountDeleted;
import io.aisle.identity.AccountService;
import io.aisle.mail.MailProperties;
import io.aisle.mail.data.OutboxRepository;
import io.aisle.identity.EmailVerificationRequested;
import io.aisle.identity.PasswordResetRequested;
import io.aisle.identity.Role;
import io.aisle.identity.User;
import io.aisle.identity.UserRegistered;
import io.aisle.returns.ReturnStatus;
import io.aisle.returns.ReturnStatusChanged;
import io.aisle.shopping.CartAbandoned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails to a customer about their account, their cart and their returns, written in the transaction that
 * causes them. Secrets (tokens) go into the model, which is dropped once the mail is sent, and into keys only as
 * hashes.
 */
@Component
class CustomerMails {

    private final Outbox outbox;
    private final OutboxRepository mails;
    private final AccountService accounts;
    private final String shopName;

    CustomerMails(Outbox outbox, OutboxRepository mails, AccountService accounts, MailProperties properties) {
        this.outbox = outbox;
        this.mails = mails;
        this.accounts = accounts;
        this.shopName = properties.shopName();
    }

    /** Customers only: the admin account that the shop bootstraps gets no welcome. */
    @EventListener
    void on(UserRegistered registered) {
        User user = accounts.get(registered.userId());
        if (user.role() != Role.CUSTOMER) {
            return;
        }
        outbox.write(MailKind.WELCOME, "welcome:" + user.id(), user.email(),
                "Welcome to " + shopName + ", " + firstName(user.fullName()),
                Outbox.model("userId", user.id(), "name", user.fullName()));
    }

    @EventListener
    void on(EmailVerificationRequested requested) {
        outbox.write(MailKind.EMAIL_VERIFICATION, "email-verification:" + Outbox.hashed(requested.token()),
                requested.email(), "Confirm your e-mail address", Outbox.model("name", requested.name(),
                        "token", requested.token(), "expiresAt", requested.expiresAt()));
    }

    @EventListener
    void on(PasswordResetRequested requested) {
        outbox.write(MailKind.PASSWORD_RESET, "password-reset:" + Outbox.hashed(requested.token()),
                requested.email(), "Reset your password", Outbox.model("name", requested.name(),
                        "token", requested.token(), "expiresAt", requested.expiresAt()));
    }

    @EventListener
    void on(CartAbandoned abandoned) {
        outbox.write(MailKind.CART_REMINDER, "cart-reminder:" + abandoned.cartKey(), abandoned.email(),
                "You left something in your cart", Outbox.model("userId", abandoned.userId(), "name", abandoned.name()));
    }

    /**
     * A deleted account takes its mails with it, in the deleting transaction: those sent (the outbox keeps what was
     * said) and those still waiting (no mail goes to an account that is gone).
     */
    @EventListener
    void on(AccountDeleted deleted) {
        mails.deleteByRecipient(accounts.get(deleted.userId()).email());
    }

    /** A refunded return is told by the refund's own mail. */
    @EventListener
    void on(ReturnStatusChanged changed) {
        if (changed.status() == ReturnStatus.REFUNDED) {
            return;
        }
        outbox.write(MailKind.RETURN_UPDATE, "return:" + changed.returnId() + ":" + changed.status(), changed.email(),
                returnSubject(changed), Outbox.model("returnId", changed.returnId(), "orderId", changed.orderId(),
                        "status", changed.status().name(), "note", changed.note()));
    }

    private static String returnSubject(ReturnStatusChanged changed) {
        return switch (changed.status()) {
            case REQUESTED -> "We received your return request for order #" + changed.orderId();
            case APPROVED -> "Your return for order #" + changed.orderId() + " is approved";
            case REJECTED -> "About your return for order #" + changed.orderId();
            default -> "Your returned items for order #" + changed.orderId() + " arrived";
        };
    }

    static String firstName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        return name.isEmpty() ? "there" : name.split("\\s+")[0];
    }
}
