/**
 * Mail: the shop's transactional e-mail. Listeners ({@code internal}) hear the other modules' events inside the
 * publishing transaction (plain {@code @EventListener}) and write one row per mail to the outbox table
 * {@code mail_outbox}, which this module owns; a unique key per mail makes an event heard twice one mail, and a
 * rolled-back transaction takes its mail with it. After commit, and on a schedule for retries and for rows a crash
 * left behind, a sender claims due rows with a lease (one sender per row, across instances), renders them from
 * Thymeleaf templates ({@code templates/mail}) and sends them over SMTP, or writes {@code .eml} files under
 * {@code $AISLE_HOME/mail} when no SMTP server is configured. See docs/mail.md.
 *
 * <p>Reads orders and shipments (ordering), accounts (identity), carts (shopping) and products (catalog) to render;
 * the assistant's LangChain4j {@code ChatModel}, when one is configured, writes the personal paragraph of the
 * welcome and cart-reminder mails; a retention campaign's offer ({@code retention}) arrives with its text. No module depends on mail except the admin pages, which list the outbox through
 * {@link io.aisle.mail.MailOutbox}.
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "ordering", "platform", "retention", "returns",
        "shopping" })
package io.aisle.mail;

import org.springframework.modulith.ApplicationModule;
