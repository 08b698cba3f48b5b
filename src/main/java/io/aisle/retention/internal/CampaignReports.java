package io.aisle.retention.internal;

import io.aisle.ordering.PurchaseHistory;
import io.aisle.promotions.PersonalCodes;
import io.aisle.retention.Arm;
import io.aisle.retention.ArmFigures;
import io.aisle.retention.Campaign;
import io.aisle.retention.CampaignMember;
import io.aisle.retention.CampaignReport;
import io.aisle.retention.Estimate;
import io.aisle.retention.data.MemberRepository;
import io.aisle.retention.internal.Intervals.Sample;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Treated against control. A member bought when they placed an order in the window (cancelled orders left out, as
 * for the models' labels), spent the sum of those orders' totals (0 when they did not buy), and redeemed when their
 * code's first redemption falls in the window. Intention to treat: every member randomised stays in their arm,
 * whatever happened after (offer skipped, account deleted: a deleted account's orders keep its user id), because
 * leaving out whoever left after the draw would compare two groups the draw did not make (annoyed non-buyers who
 * delete their account would lift the treated arm's rate).
 */
@Component
public class CampaignReports {

    private static final int MEMBERS_PER_READ = 1_000;

    private final MemberRepository members;
    private final PurchaseHistory purchases;
    private final PersonalCodes codes;
    private final Clock clock;

    public CampaignReports(MemberRepository members, PurchaseHistory purchases, PersonalCodes codes, Clock clock) {
        this.members = members;
        this.purchases = purchases;
        this.codes = codes;
        this.clock = clock;
    }

    public CampaignReport report(Campaign campaign) {
        Instant now = clock.instant();
        boolean complete = !now.isBefore(campaign.horizonEndsAt());
        Instant until = complete ? campaign.horizonEndsAt() : now;
        List<CampaignMember> all = members.findAll(campaign.id());
        Map<Long, BigDecimal> spend = new HashMap<>();
        // the members' orders only, a bounded list of them per statement
        for (int i = 0; i < all.size(); i += MEMBERS_PER_READ) {
            List<Long> ids = all.subList(i, Math.min(all.size(), i + MEMBERS_PER_READ)).stream()
                    .map(CampaignMember::userId).toList();
            purchases.spendBetween(campaign.startedAt(), until, ids)
                    .forEach(s -> spend.put(s.userId(), s.spend()));
        }
        Map<Long, Instant> redeemed = codes.redeemedAt(all.stream().map(CampaignMember::promotionId)
                .filter(Objects::nonNull).toList());
        List<CampaignMember> treated = arm(all, Arm.TREATMENT);
        List<CampaignMember> control = arm(all, Arm.CONTROL);
        long redeemers = treated.stream().filter(m -> m.promotionId() != null)
                .map(m -> redeemed.get(m.promotionId())).filter(at -> at != null && at.isBefore(until)).count();
        ArmFigures t = figures(treated, spend, redeemers);
        ArmFigures c = figures(control, spend, 0);
        return new CampaignReport(campaign.id(), complete, campaign.startedAt(), until, campaign.horizonEndsAt(), t, c,
                Intervals.wilson(redeemers, t.customers()),
                finalOnly(complete, Intervals.newcombe(t.buyers(), t.customers(), c.buyers(), c.customers())),
                finalOnly(complete, Intervals.welch(sample(treated, spend), sample(control, spend))),
                all.stream().filter(m -> m.arm() == Arm.TREATMENT && m.leftAt() != null).count(),
                all.stream().filter(m -> m.arm() == Arm.CONTROL && m.leftAt() != null).count());
    }

    /**
     * Before the horizon an uplift is only a count in progress: an interval read every day until it excludes 0 would
     * find a difference that is not there (peeking), so interim uplifts carry no interval.
     */
    private static Estimate finalOnly(boolean complete, Estimate uplift) {
        return complete ? uplift : new Estimate(uplift.value(), null, null);
    }

    private static List<CampaignMember> arm(List<CampaignMember> all, Arm arm) {
        return all.stream().filter(m -> m.arm() == arm).toList();
    }

    private static ArmFigures figures(List<CampaignMember> arm, Map<Long, BigDecimal> spend, long redeemed) {
        long buyers = arm.stream().filter(m -> spend.containsKey(m.userId())).count();
        BigDecimal total = arm.stream().map(m -> spend.getOrDefault(m.userId(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new ArmFigures(arm.size(), buyers, redeemed, total, Intervals.wilson(buyers, arm.size()),
                Intervals.mean(sample(arm, spend)));
    }

    private static Sample sample(List<CampaignMember> arm, Map<Long, BigDecimal> spend) {
        return Sample.of(arm.stream().map(m -> spend.getOrDefault(m.userId(), BigDecimal.ZERO))
                .mapToDouble(BigDecimal::doubleValue).toArray());
    }
}
