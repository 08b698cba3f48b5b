package io.aisle.retention;

import io.aisle.insights.CustomerInsights;
import io.aisle.insights.CustomerScore;
import io.aisle.insights.InsightsProperties;
import io.aisle.modeling.ModelingProperties;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.retention.data.CampaignRepository;
import io.aisle.retention.data.CampaignRepository.NewCampaign;
import io.aisle.retention.data.MemberRepository;
import io.aisle.retention.internal.AudienceDraw;
import io.aisle.retention.internal.CampaignCreation;
import io.aisle.retention.internal.CampaignReports;
import io.aisle.retention.internal.OfferSender;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Retention campaigns: who a campaign would reach, starting one (exactly once per submission), its progress and its
 * report. The offers go out in the background ({@link OfferSender}).
 */
@Service
public class Campaigns {

    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final CampaignRepository campaigns;
    private final MemberRepository members;
    private final CampaignCreation creation;
    private final CampaignReports reports;
    private final OfferSender sender;
    private final CustomerInsights insights;
    private final InsightsProperties insightsProperties;
    private final ModelingProperties modelingProperties;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Campaigns(CampaignRepository campaigns, MemberRepository members, CampaignCreation creation,
            CampaignReports reports, OfferSender sender, CustomerInsights insights,
            InsightsProperties insightsProperties, ModelingProperties modelingProperties, Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.creation = creation;
        this.reports = reports;
        this.sender = sender;
        this.insights = insights;
        this.insightsProperties = insightsProperties;
        this.modelingProperties = modelingProperties;
        this.clock = clock;
    }

    /** The thresholds a campaign uses when the admin leaves them out: the high-risk and high-value bands. */
    public double defaultMinChurnProbability() {
        return insightsProperties.riskHigh();
    }

    public BigDecimal defaultMinPredictedSpend() {
        return insightsProperties.valueHigh();
    }

    public int defaultHorizonDays() {
        return modelingProperties.horizonDays();
    }

    /**
     * How many customers these thresholds choose now (null: the defaults) who are in no running campaign, and how they
     * would split.
     */
    public CampaignAudience preview(Double minChurnProbability, BigDecimal minPredictedSpend, Double controlShare) {
        double churn = minChurnProbability == null ? defaultMinChurnProbability() : minChurnProbability;
        BigDecimal spend = minPredictedSpend == null ? defaultMinPredictedSpend() : minPredictedSpend;
        double share = controlShare == null ? 0.2 : controlShare;
        List<CustomerScore> chosen = insights.atRisk(churn, spend);
        long free = CampaignCreation.free(chosen, members.findUsersInRunningCampaigns(clock.instant())).size();
        long control = AudienceDraw.controlSize(free, share);
        return new CampaignAudience(churn, spend, free, free - control, control, chosen.size() - free);
    }

    /**
     * Starts a campaign for the customers the form's thresholds choose, once per {@code requestKey}: the same key
     * again (a double click, a retried request, another instance) answers the campaign it started, never a second
     * one. The offers go out in the background.
     *
     * @throws InvalidRequestException naming the field when the key or the form is invalid, or no customer matches
     */
    public StartedCampaign start(CampaignForm form, String requestKey, String startedBy) {
        if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
            throw new InvalidRequestException("Idempotency-Key", "must be 1 to 64 letters, digits or _ . : -");
        }
        var existing = campaigns.findIdByRequestKey(requestKey);
        if (existing.isPresent()) {
            return new StartedCampaign(get(existing.get()), false);
        }
        if (form.discountKind() == DiscountKind.PERCENTAGE && form.discountValue().compareTo(new BigDecimal("100")) > 0) {
            throw new InvalidRequestException("discountValue", "must be at most 100 for a percentage");
        }
        int horizon = form.horizonDays() == null ? defaultHorizonDays() : form.horizonDays();
        if (form.codeValidDays() > horizon) {
            // a code still working after the horizon: the purchases it brings then are never measured
            throw new InvalidRequestException("codeValidDays", "must be at most the horizon (" + horizon
                    + " days): purchases after the horizon are not measured");
        }
        double churn = form.minChurnProbability() == null ? defaultMinChurnProbability() : form.minChurnProbability();
        BigDecimal spend = form.minPredictedSpend() == null ? defaultMinPredictedSpend() : form.minPredictedSpend();
        List<CustomerScore> customers = insights.atRisk(churn, spend);
        if (customers.isEmpty()) {
            throw new InvalidRequestException("Nobody matches these thresholds: lower the churn probability or the "
                    + "predicted spend, or score the customers first.");
        }
        CampaignCreation.Created created;
        try {
            created = creation.create(newCampaign(form, requestKey, startedBy, churn, spend), customers);
        } catch (DuplicateKeyException e) {
            // the same submission, committed by another request a moment ago (the start lock makes this rare)
            return new StartedCampaign(get(campaigns.findIdByRequestKey(requestKey).orElseThrow(() -> e)), false);
        }
        if (created.created()) {
            sender.nudge();
        }
        return new StartedCampaign(get(created.id()), created.created());
    }

    public Campaign get(long id) {
        return campaigns.findById(id).map(c -> c.withProgress(members.progress(id)))
                .orElseThrow(() -> new CampaignNotFoundException(id));
    }

    /** Campaigns, newest first, with their progress. */
    public PageResult<Campaign> list(PageQuery page) {
        return PageResult.of(campaigns.findPage(page).stream().map(c -> c.withProgress(members.progress(c.id())))
                .toList(), page, campaigns.count());
    }

    /** Treated against control: final once the horizon has passed, interim before. */
    public CampaignReport report(long id) {
        return reports.report(get(id));
    }

    private NewCampaign newCampaign(CampaignForm form, String requestKey, String startedBy, double churn,
            BigDecimal spend) {
        Instant now = clock.instant();
        int horizon = form.horizonDays() == null ? defaultHorizonDays() : form.horizonDays();
        // a code works to the end of its last day (UTC), the day the mail names
        Instant expires = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(form.codeValidDays() + 1L)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        return new NewCampaign(requestKey, form.name().strip(), churn, spend, form.discountKind(),
                form.discountValue(), form.codeValidDays(), horizon, form.controlShare(), form.llmText(),
                form.seed() == null ? seeds.nextLong() : form.seed(), startedBy, now,
                now.plus(Duration.ofDays(horizon)), expires);
    }
}
