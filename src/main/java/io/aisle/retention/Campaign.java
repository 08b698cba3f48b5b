package io.aisle.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A retention campaign as started, with its progress. The horizon [{@code startedAt}, {@code horizonEndsAt}) is when
 * purchases count for the report; codes work until {@code codesExpireAt}.
 */
public record Campaign(long id, String name, double minChurnProbability, BigDecimal minPredictedSpend,
        DiscountKind discountKind, BigDecimal discountValue, int codeValidDays, int horizonDays, double controlShare,
        boolean llmText, long seed, String startedBy, Instant startedAt, Instant horizonEndsAt, Instant codesExpireAt,
        CampaignProgress progress) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * The discount in words, an amount in the shop's currency as the order mails write it ({@link #symbol}): "15% off",
     * "$10.00 off", "EUR 10.00 off".
     */
    public String discount(String currency) {
        return discountKind == DiscountKind.PERCENTAGE ? discountValue.stripTrailingZeros().toPlainString() + "% off"
                : symbol(currency) + discountValue.setScale(2).toPlainString() + " off";
    }

    /** How an amount in this currency is written: the dollar sign for USD, else the code and a space. */
    public static String symbol(String currency) {
        return currency == null || "USD".equals(currency) ? "$" : currency + " ";
    }

    /** The last day (UTC) a code works, as the mail says it: codes expire at the end of that day. */
    public String lastDay() {
        return DAY.format(codesExpireAt.minusSeconds(1));
    }

    public Campaign withProgress(CampaignProgress progress) {
        return new Campaign(id, name, minChurnProbability, minPredictedSpend, discountKind, discountValue, codeValidDays,
                horizonDays, controlShare, llmText, seed, startedBy, startedAt, horizonEndsAt, codesExpireAt, progress);
    }
}
