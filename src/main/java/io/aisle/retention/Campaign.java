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

    /** The discount in words: "15% off", "$10.00 off". */
    public String discount() {
        return discountKind == DiscountKind.PERCENTAGE ? discountValue.stripTrailingZeros().toPlainString() + "% off"
                : "$" + discountValue.setScale(2).toPlainString() + " off";
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
