package io.aisle.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.aisle.ApiTest;
import io.aisle.assistant.llm.FakeOpenAiServer;
import io.aisle.mail.MailOutbox;
import io.aisle.identity.AccountService;
import io.aisle.identity.HistoricalAccounts;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.data.CustomerScoreRepository;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderingProperties;
import io.aisle.promotions.PersonalCode;
import io.aisle.promotions.PersonalCodes;
import io.aisle.promotions.PersonalOffer;
import io.aisle.promotions.PromotionKind;
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
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A crash halfway through an offer leaves nothing behind, and sending resumes where it stopped: a sender that died
 * holding a member gives it up when its lease ends, and a restarted sender makes every offer still waiting, once.
 * The LLM's letter is mailed only when it carries the code and the last day. Campaigns here are written without the
 * nudge that starting one gives, as if the instance died right after.
 */
class OfferSenderTests extends ApiTest {

    @AfterEach
    void dropTheMadeUpScores() {
        AtRiskCohort.unscoreAll(scores);
    }


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
    @Autowired MailOutbox outbox;
    @Autowired OrderService orderService;

    private long campaignWithoutNudge(AtRiskCohort cohort) {
        return campaignWithoutNudge(cohort, false);
    }

    private long campaignWithoutNudge(AtRiskCohort cohort, boolean llmText) {
        Instant now = clock.instant();
        return creation.create(new NewCampaign(UUID.randomUUID().toString(), "Resumed", 0.8, cohort.minSpend(),
                DiscountKind.FIXED_AMOUNT, new BigDecimal("10.00"), 30, 90, 0.05, llmText, 11L, "test", now,
                now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(31))), insights.atRisk(0.8, cohort.minSpend())).id();
    }

    /** A sender whose clock runs {@code ahead}: for it, the leases of senders that died have run out. */
    private OfferSender senderAhead(Duration ahead) {
        return senderAhead(ahead, letters);
    }

    private OfferSender senderAhead(Duration ahead, OfferLetters writer) {
        return new OfferSender(members, campaignRows, accountService, codes, facts, writer, offers, properties,
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
                new OfferTransaction.Offer(member.userId(), cohort.emails().get(0), "Ada", "$10.00 off", codes.newCode("BACK"), null),
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

    @Test
    void theLlmsLetterIsMailedWhenItCarriesTheCodeAndTheLastDayAndTheTemplateOtherwise() throws Exception {
        AtRiskCohort cohort = AtRiskCohort.create(2, accounts, scores, jdbc);
        long id = campaignWithoutNudge(cohort, true);
        List<MemberKey> treated = members.findAll(id).stream().map(m -> new MemberKey(id, m.userId())).toList();
        Instant now = clock.instant();
        // held for this test's sender, whose clock is past the lease: the shop's own sender (offline) keeps off
        treated.forEach(m -> assertThat(members.claim(m, "held", now, now.plus(properties.lease()))).isTrue());
        AtomicInteger asked = new AtomicInteger();
        AtomicReference<FakeOpenAiServer> self = new AtomicReference<>();
        try (FakeOpenAiServer llm = new FakeOpenAiServer(JsonMapper.builder().build(), 200, request -> {
            String facts = request.get("messages").get(1).get("content").asString();
            String code = facts.replaceAll("(?s).*Discount code: (\\S+).*", "$1");
            String day = facts.replaceAll("(?s).*Last valid day: ([^\\n]+).*", "$1");
            return self.get().text(asked.incrementAndGet() == 1
                    ? "Dear Ada, we kept a present for you: " + code + " takes $10 off until " + day + "."
                    : "Dear Ada, we kept a present for you until " + day + ".");
        })) {
            self.set(llm);
            DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
            beans.registerSingleton("chatModel", OpenAiChatModel.builder()
                    .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)))
                    .baseUrl(llm.baseUrl()).apiKey("test").modelName("test-model").maxRetries(0).build());
            OfferSender withLlm = senderAhead(properties.lease().plusSeconds(1),
                    new OfferLetters(beans.getBeanProvider(ChatModel.class), properties, "Aisle"));
            assertThat(withLlm.send(treated.get(0))).isTrue();
            assertThat(withLlm.send(treated.get(1))).isTrue();
        }

        CampaignMember written = members.find(treated.get(0)).orElseThrow();
        assertThat(written.llmWritten()).isTrue();
        assertThat(mailText(treated.get(0))).contains("Dear Ada, we kept a present for you: " + written.code())
                .doesNotContain("Enter this code at checkout");
        CampaignMember templated = members.find(treated.get(1)).orElseThrow();
        assertThat(templated.llmWritten()).isFalse();
        assertThat(mailText(treated.get(1))).contains("Enter this code at checkout: " + templated.code())
                .contains("$10.00 off").doesNotContain("we kept a present");
    }

    @Test
    void aCodeIssuedBeforeUnderTheMembersKeyIsTheOneStoredAndMailedAndTheLetterForAnotherCodeGivesWay() {
        AtRiskCohort cohort = AtRiskCohort.create(1, accounts, scores, jdbc);
        long id = campaignWithoutNudge(cohort);
        MemberKey member = new MemberKey(id, cohort.userIds().get(0));
        Campaign campaign = campaigns.get(id);
        PersonalCode first = codes.issue(new PersonalOffer(OfferTransaction.issueKey(member), "Earlier",
                member.userId(), PromotionKind.FIXED_AMOUNT, new BigDecimal("10.00"), campaign.codesExpireAt()),
                codes.newCode("BACK"));
        Instant now = clock.instant();
        assertThat(members.claim(member, "sender", now, now.plus(properties.lease()))).isTrue();
        String other = codes.newCode("BACK");

        Boolean made = new TransactionTemplate(transactions).execute(tx -> offers.make(campaign,
                new OfferTransaction.Offer(member.userId(), cohort.emails().get(0), "Ada", "$10.00 off", other,
                        "Dear Ada, use " + other + " by the end."), "sender"));
        assertThat(made).isTrue();

        CampaignMember offered = members.find(member).orElseThrow();
        assertThat(offered.code()).isEqualTo(first.code());
        assertThat(offered.promotionId()).isEqualTo(first.promotionId());
        assertThat(offered.llmWritten()).isFalse();
        assertThat(mailText(member)).contains("Enter this code at checkout: " + first.code()).doesNotContain(other);
    }

    @Test
    void aMemberWhoseCodesHaveExpiredIsSkippedWithoutAskingTheLlm() {
        AtRiskCohort cohort = AtRiskCohort.create(1, accounts, scores, jdbc);
        Instant now = clock.instant();
        long id = creation.create(new NewCampaign(UUID.randomUUID().toString(), "Expired", 0.8, cohort.minSpend(),
                DiscountKind.FIXED_AMOUNT, new BigDecimal("10.00"), 1, 90, 0.05, true, 11L, "test", now,
                now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(1))), insights.atRisk(0.8, cohort.minSpend())).id();
        MemberKey member = new MemberKey(id, cohort.userIds().get(0));
        assertThat(members.claim(member, "held", now, now.plus(properties.lease()))).isTrue();
        AtomicInteger asked = new AtomicInteger();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("chatModel", new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                asked.incrementAndGet();
                throw new IllegalStateException("the LLM was asked");
            }
        });
        // two days on: past the codes' end and the held lease
        OfferSender later = senderAhead(Duration.ofDays(2), new OfferLetters(beans.getBeanProvider(ChatModel.class),
                properties, "Aisle"));

        assertThat(later.send(member)).isTrue();

        assertThat(asked).hasValue(0);
        assertThat(members.find(member).orElseThrow().state()).isEqualTo(OfferState.SKIPPED);
        assertThat(codesOf(member)).isZero();
        assertThat(mailsOf(member)).isZero();
    }

    @Test
    void theMailWritesTheAmountOffInTheShopsCurrency() {
        AtRiskCohort cohort = AtRiskCohort.create(1, accounts, scores, jdbc);
        long id = campaignWithoutNudge(cohort);
        MemberKey member = new MemberKey(id, cohort.userIds().get(0));
        OfferFacts inEuros = new OfferFacts(orderService, new OrderingProperties(null, null, "EUR", null, null));
        Instant now = clock.instant();
        assertThat(members.claim(member, "held", now, now.plus(properties.lease()))).isTrue();

        assertThat(new OfferSender(members, campaignRows, accountService, codes, inEuros, letters, offers, properties,
                Clock.offset(clock, properties.lease().plusSeconds(1))).send(member)).isTrue();

        assertThat(mailText(member)).contains("EUR 10.00 off").doesNotContain("$");
    }

    private String mailText(MemberKey m) {
        long mailId = jdbc.sql("SELECT id FROM mail_outbox WHERE dedupe_key = :key")
                .param("key", "retention-offer:" + m.campaignId() + ":" + m.userId()).query(Long.class).single();
        return outbox.body(mailId).text();
    }
}
