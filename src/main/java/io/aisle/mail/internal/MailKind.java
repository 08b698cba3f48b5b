package io.aisle.mail.internal;

import java.util.Arrays;

/**
 * The shop's mails, each with its templates ({@code templates/mail/<template>.html} and {@code .txt}).
 * A {@code singleUse} mail carries a secret link (a password reset, an e-mail verification): once sent, the outbox
 * keeps neither its model nor its body, and the admin's preview hides the link.
 */
public enum MailKind {
    ORDER_CONFIRMATION("order-confirmation", false),
    PAYMENT_FAILED("payment-failed", false),
    ORDER_SHIPPED("order-shipped", false),
    ORDER_DELIVERED("order-delivered", false),
    ORDER_CANCELLED("order-cancelled", false),
    REFUND_ISSUED("refund-issued", false),
    RETURN_UPDATE("return-update", false),
    WELCOME("welcome", false),
    EMAIL_VERIFICATION("email-verification", true),
    PASSWORD_RESET("password-reset", true),
    CART_REMINDER("cart-reminder", false),
    RETENTION_OFFER("retention-offer", false);

    private final String template;
    private final boolean singleUse;

    MailKind(String template, boolean singleUse) {
        this.template = template;
        this.singleUse = singleUse;
    }

    public String template() {
        return template;
    }

    public boolean singleUse() {
        return singleUse;
    }

    public boolean aboutAnOrder() {
        return ordinal() <= RETURN_UPDATE.ordinal();
    }

    public static MailKind ofTemplate(String template) {
        return Arrays.stream(values()).filter(kind -> kind.template.equals(template)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No mail template " + template));
    }
}
