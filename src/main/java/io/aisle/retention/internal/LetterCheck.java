package io.aisle.retention.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an LLM's offer letter must say and must not: the code, the last day and the discount exactly as given, within
 * 120 words, and no way to send the customer elsewhere or promise more (no link, address, domain, markup, other code,
 * other percentage or amount, free shipping or gift). A letter that fails is not mailed: the template's words go
 * instead, so a check too strict costs only a plainer mail.
 */
final class LetterCheck {

    static final int MAX_WORDS = 120;
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]{1,}-[A-Z0-9]{4,}\\b");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(%|percent\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY = Pattern.compile(
            "(?:[$€£¥]\\s*(\\d[\\d,]*(?:\\.\\d+)?))|(?:(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:[$€£¥]|\\b[A-Z]{3}\\b))");
    private static final Pattern PROMISES = Pattern.compile("(?i)free (shipping|delivery|gift)|gift card|voucher");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private LetterCheck() {
    }

    /** Why the letter fails, or empty when it may be mailed. */
    static Optional<String> problem(String body, OfferLetters.Facts facts) {
        if (!body.contains(facts.code()) || !body.contains(facts.lastDay())) {
            return Optional.of("lacks the code or the last day");
        }
        BigDecimal value = discountValue(facts.discount());
        boolean percent = facts.discount().contains("%");
        String figure = percent ? plain(value) + "%" : null;
        if (percent ? !body.replace(" %", "%").contains(figure) : !mentionsMoney(body, value)) {
            return Optional.of("lacks the discount");
        }
        if (body.split("\\s+").length > MAX_WORDS) {
            return Optional.of("is longer than " + MAX_WORDS + " words");
        }
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.contains("www.") || body.contains("@") || body.contains("<")
                || DOMAIN.matcher(body).find()) {
            return Optional.of("has a link, an address, a domain or markup");
        }
        Matcher code = CODE.matcher(body);
        while (code.find()) {
            if (!code.group().equals(facts.code())) {
                return Optional.of("names another code");
            }
        }
        if (PROMISES.matcher(body).find()) {
            return Optional.of("promises something not offered");
        }
        Matcher p = PERCENT.matcher(body);
        while (p.find()) {
            if (!percent || number(p.group(1)).compareTo(value) != 0) {
                return Optional.of("names another percentage");
            }
        }
        Matcher m = MONEY.matcher(body);
        while (m.find()) {
            String amount = m.group(1) != null ? m.group(1) : m.group(2);
            if (percent || number(amount).compareTo(value) != 0) {
                return Optional.of("names another amount");
            }
        }
        return Optional.empty();
    }

    private static boolean mentionsMoney(String body, BigDecimal value) {
        Matcher m = MONEY.matcher(body);
        while (m.find()) {
            String amount = m.group(1) != null ? m.group(1) : m.group(2);
            if (number(amount).compareTo(value) == 0) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal discountValue(String discount) {
        Matcher m = NUMBER.matcher(discount.replace(",", ""));
        return m.find() ? new BigDecimal(m.group()) : BigDecimal.ZERO;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
