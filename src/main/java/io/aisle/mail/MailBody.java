package io.aisle.mail;

/**
 * A mail's content for the admin: as sent, or as it would be sent now while it waits. {@code cleared} when the
 * mail held a single-use link (password reset, e-mail verification) and its content was dropped after sending.
 */
public record MailBody(String html, String text, boolean cleared) {

    public static MailBody clearedAfterSending() {
        return new MailBody(null, null, true);
    }
}
