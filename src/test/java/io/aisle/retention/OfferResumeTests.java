package io.aisle.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aisle.ApiTest;
import io.aisle.identity.AccountService;
import io.aisle.identity.HistoricalAccounts;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.data.CustomerScoreRepository;
import io.aisle.promotions.PersonalCodes;
import io.aisle.retention.data.CampaignRepository;
import io.aisle.retention.data.CampaignRepository.NewCampaign;
import io.aisle.retention.data.MemberRepository;
import io.aisle.retention.data.MemberRepository.MemberKey;
import io.aisle.retention.internal.CampaignCreation;
import io.aisle.retention.internal.OfferFacts;
import io.aisle.retention.internal.OfferLetters;
import io.aisle.retention.internal.OfferSender;
import io.aisle.retention.internal.OfferTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A crash halfway through an offer leaves nothing behind, and sending resumes where it stopped: a sender that died
 * holding a member gives it up when its lease ends, and a restarted sender makes every offer still waiting, once.
 * Campaigns here are written without the nudge that starting one gives, as if the instance died right after.
 */
class OfferResumeTests extends ApiTest {

    @Autowired HistoricalAccounts accounts;
    @Autowired CustomerScoreRepository scores;
    @Autowired CustomerInsights insights;
    @Autowired CampaignCreation creation;
    @Autowired CampaignRepository campaignRows;
    @Autowired MemberRepository members;
    @Autowired AccountService accountService;
    @Autowired PersonalCodes codes;
    @Autowired OfferFacts facts;
    @Autowired OfferLetters letters;
    @Autowired OfferTransaction offers;
    @Autowired RetentionProperties properties;
    @Autowired Campaigns campaigns;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    private long campaignWithoutNudge(AtRiskCohort cohort) {
        Instant now = clock.instant();
        return creation.create(new NewCampaign(UUID.randomUUID().toString(), "Resumed", 0.8, cohort.minSpend(),
                DiscountKind.FIXED_AMOUNT, new BigDecimal("10.00"), 30, 90, 0.05, false, 11L, "test", now,
                now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(31))), insights.atRisk(0.8, cohort.minSpend()));
    }

    /** A sender whose clock runs {@code ahead}: for it, the leases of senders that died have run out. */
    private OfferSender senderAhead(Duration ahead) {
        return new OfferSender(members, campaignRows, accountService, codes, facts, letters, offers, properties,
                Clock.offset(clock, ahead));
    }

    private long codesOf(MemberKey m) {
        return jdbc.sql("SELECT COUNT(*) FROM promotions WHERE issue_key = :key")
                .param("key", OfferTransaction.issueKey(m)).query(Long.class).single();
    }

    private long mailsOf(MemberKey m) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key = :key")
                .param("key", "retention-offer:" + m.campaignId() + ":" + m.userId()).query(Long.class).single();
    }

    @Test
    void aCrashHalfwayThroughAnOfferLeavesNoCodeAndNoMailAndTheNextSenderMakesItOnce() {
        AtRiskCohort cohort = AtRiskCohort.create(1, accounts, scores, jdbc);
        long id = campaignWithoutNudge(cohort);
        MemberKey member = new MemberKey(id, cohort.userIds().get(0));
        Instant now = clock.instant();
        assertThat(members.claim(member, "dying-sender", now, now.plus(properties.lease()))).isTrue();
        Campaign campaign = campaigns.get(id);
        // the power goes after the member was marked and the code issued, before the mail was written
        OfferTransaction dying = new OfferTransaction(members, codes, event -> {
            throw new IllegalStateException("power cut");
        }, clock);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> dying.make(campaign,
                new OfferTransaction.Offer(member.userId(), cohort.emails().get(0), "Ada", codes.newCode("BACK"), null),
                "dying-sender"))).hasMessageContaining("power cut");

        assertThat(members.find(member).orElseThrow().state()).isEqualTo(OfferState.PENDING);
        assertThat(codesOf(member)).isZero();
        assertThat(mailsOf(member)).isZero();
        assertThat(senderAhead(Duration.ZERO).send(member)).as("the dead sender's lease still runs").isFalse();

        OfferSender restarted = senderAhead(properties.lease().plusSeconds(1));
        assertThat(restarted.send(member)).isTrue();
        assertThat(restarted.send(member)).isFalse();

        CampaignMember offered = members.find(member).orElseThrow();
        assertThat(offered.state()).isEqualTo(OfferState.OFFERED);
        assertThat(offered.attempts()).isEqualTo(2);
        assertThat(codesOf(member)).isEqualTo(1);
        assertThat(mailsOf(member)).isEqualTo(1);
    }

    @Test
    void aRestartedSenderMakesEveryOfferStillWaitingOnceAndNoneTwice() {
        AtRiskCohort cohort = AtRiskCohort.create(6, accounts, scores, jdbc);
        long id = campaignWithoutNudge(cohort);
        List<MemberKey> treated = members.findAll(id).stream().filter(m -> m.arm() == Arm.TREATMENT)
                .map(m -> new MemberKey(id, m.userId())).toList();
        assertThat(treated).hasSize(6);
        // before the "crash": two offers made, one held by a sender that then died, three not begun
        OfferSender first = senderAhead(Duration.ZERO);
        assertThat(first.send(treated.get(0))).isTrue();
        assertThat(first.send(treated.get(1))).isTrue();
        Instant now = clock.instant();
        assertThat(members.claim(treated.get(2), "dead-sender", now, now.plus(properties.lease()))).isTrue();

        senderAhead(properties.lease().plusSeconds(1)).sendDue();

        for (MemberKey m : treated) {
            assertThat(members.find(m).orElseThrow().state()).isEqualTo(OfferState.OFFERED);
            assertThat(codesOf(m)).as("codes of %s", m).isEqualTo(1);
            assertThat(mailsOf(m)).as("mails of %s", m).isEqualTo(1);
        }
        assertThat(campaigns.get(id).progress().pending()).isZero();
    }
}
