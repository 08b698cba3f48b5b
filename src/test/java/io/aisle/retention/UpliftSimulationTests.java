package io.aisle.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aisle.ApiTest;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.identity.AccountService;
import io.aisle.identity.HistoricalAccounts;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.InsightsProperties;
import io.aisle.insights.data.CustomerScoreRepository;
import io.aisle.lab.simulation.GroundTruth;
import io.aisle.lab.simulation.Simulation;
import io.aisle.lab.simulation.SimulationSettings;
import io.aisle.mail.MailOutbox;
import io.aisle.modeling.ModelingProperties;
import io.aisle.ordering.HistoricalOrder;
import io.aisle.ordering.OrderImport;
import io.aisle.ordering.PurchaseHistory;
import io.aisle.promotions.PersonalCodes;
import io.aisle.promotions.PromotionContext;
import io.aisle.promotions.PromotionLine;
import io.aisle.promotions.PromotionService;
import io.aisle.promotions.PromotionsAt;
import io.aisle.retention.data.CampaignRepository;
import io.aisle.retention.data.CampaignRepository.NewCampaign;
import io.aisle.retention.data.MemberRepository;
import io.aisle.retention.internal.CampaignCreation;
import io.aisle.retention.internal.OfferFacts;
import io.aisle.retention.internal.OfferLetters;
import io.aisle.retention.internal.OfferSender;
import io.aisle.retention.internal.OfferTransaction;
import io.aisle.retention.internal.CampaignReports;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign report recovers an uplift we know, because we made it. The customers are the project's simulator's
 * ({@link Simulation}, in memory): those whose true probability of not buying in the 90 days after its cutoff is at
 * least 0.5, scored with exactly that probability (a perfect model) and chosen by a real campaign (real codes, real
 * outbox mails). Each then buys in the horizon with their own true probability of buying, plus a known uplift if they
 * got an offer, in which case they read the code from their mail and redeem it; a buyer spends a whole-dollar amount
 * drawn uniformly from $50 to $150 (mean $100), with no shipping. The orders are imported at their times in the
 * horizon and the report's 95 % intervals must contain the true uplifts: the repurchase rate's (the uplift itself,
 * since no treated customer's probability reaches 1) and the spend per customer's (uplift × $100). Seeds are fixed,
 * so each run is the same draw; the sizes are the smallest that keep a clear uplift clear.
 *
 * <p>The campaign runs on a clock set back by its horizon and two days, and the report is read at the real now, past
 * the horizon: so the simulated orders lie in the past, where they do not outrank the orders other tests place now.
 */
class UpliftSimulationTests extends ApiTest {

    @AfterEach
    void dropTheMadeUpScores() {
        AtRiskCohort.unscoreAll(scores);
    }


    private static final Pattern CODE = Pattern.compile("BACK-[A-Z2-9]{10}");
    private static final double MEAN_ORDER = 100;
    private static final int HORIZON_DAYS = 90;

    @Autowired HistoricalAccounts accounts;
    @Autowired CustomerScoreRepository scores;
    @Autowired Campaigns campaigns;
    @Autowired MemberRepository members;
    @Autowired PurchaseHistory purchases;
    @Autowired PersonalCodes codes;
    @Autowired OrderImport orders;
    @Autowired MailOutbox outbox;
    @Autowired ProductService products;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;
    @Autowired CampaignRepository campaignRows;
    @Autowired CampaignCreation creation;
    @Autowired CustomerInsights insights;
    @Autowired InsightsProperties insightsProperties;
    @Autowired ModelingProperties modelingProperties;
    @Autowired AccountService accountService;
    @Autowired OfferFacts facts;
    @Autowired OfferLetters letters;
    @Autowired OfferTransaction offers;
    @Autowired RetentionProperties properties;
    @Autowired ApplicationContext spring;

    @Test
    void aClearUpliftOf20PointsLiesInsideTheReportsIntervalsWhichExcludeZero() {
        CampaignReport report = simulate(600, 15L, 0.20);

        assertThat(report.complete()).isTrue();
        assertThat(report.treated().customers()).isEqualTo(300);
        assertThat(report.control().customers()).isEqualTo(300);
        assertThat(report.repurchaseUplift().contains(0.20)).as("%s", report.repurchaseUplift()).isTrue();
        assertThat(report.repurchaseUplift().excludesZero()).as("%s", report.repurchaseUplift()).isTrue();
        assertThat(report.spendUplift().contains(0.20 * MEAN_ORDER)).as("%s", report.spendUplift()).isTrue();
        assertThat(report.spendUplift().excludesZero()).as("%s", report.spendUplift()).isTrue();
        // every treated buyer redeemed the code from their mail
        assertThat(report.treated().redeemed()).isEqualTo(report.treated().buyers()).isPositive();
    }

    @Test
    void withNoTrueUpliftTheIntervalsContainZero() {
        CampaignReport report = simulate(400, 16L, 0.0);

        assertThat(report.complete()).isTrue();
        assertThat(report.repurchaseUplift().contains(0)).as("%s", report.repurchaseUplift()).isTrue();
        assertThat(report.spendUplift().contains(0)).as("%s", report.spendUplift()).isTrue();
    }

    private CampaignReport simulate(int customers, long seed, double uplift) {
        List<GroundTruth> atRisk = Simulation.run(SimulationSettings.of(2_000, 12, seed)).groundTruth().stream()
                .filter(truth -> truth.churnProbability() >= 0.5).limit(customers).toList();
        assertThat(atRisk).hasSize(customers);
        AtRiskCohort cohort = AtRiskCohort.create(customers, i -> atRisk.get(i).churnProbability(), accounts, scores,
                jdbc);
        Map<Long, Double> buys = new HashMap<>();
        for (int i = 0; i < customers; i++) {
            buys.put(cohort.userIds().get(i), 1 - atRisk.get(i).churnProbability());
        }
        Clock then = Clock.offset(clock, Duration.ofDays(-HORIZON_DAYS - 2));
        OfferSender senderThen = new OfferSender(members, campaignRows, accountService, codes, facts, letters, offers,
                properties, then);
        Campaigns campaignsThen = new Campaigns(campaignRows, members, creation,
                new CampaignReports(members, purchases, codes, then), senderThen, insights, insightsProperties,
                modelingProperties, then);
        CampaignForm form = cohort.form("Simulated " + seed, 0.5, seed);
        // created as Campaigns.start does, but with codes that outlive the horizon (which the form refuses): they
        // still work at the real now, so the shop's own sender, which may take members up at the real now while the
        // test's sender works, makes the very same offers (instead of skipping members whose codes have expired)
        Instant startedAt = then.instant();
        long created = creation.create(new NewCampaign(UUID.randomUUID().toString(), form.name(), 0.5,
                form.minPredictedSpend(), form.discountKind(), form.discountValue(), HORIZON_DAYS + 30, HORIZON_DAYS,
                form.controlShare(), false, seed, "simulator", startedAt, startedAt.plus(Duration.ofDays(HORIZON_DAYS)),
                startedAt.plus(Duration.ofDays(HORIZON_DAYS + 30))), insights.atRisk(0.5, form.minPredictedSpend())).id();
        senderThen.nudge();
        Campaign campaign = campaignsThen.get(created);
        await().atMost(Duration.ofSeconds(60)).until(() -> campaigns.get(campaign.id()).progress().pending() == 0);
        assertThat(campaignsThen.report(campaign.id()).complete()).as("before the horizon: interim").isFalse();

        Product product = products.get(newProduct("books", new BigDecimal("100.00"), 10));
        Random world = new Random(seed * 7919);
        // orders the report must not count, or count once: drawn apart, so the buyers' draw stays the same
        Random noise = new Random(seed * 104_729);
        Instant start = campaign.startedAt();
        Instant horizon = campaign.horizonEndsAt();
        List<HistoricalOrder> placed = new ArrayList<>();
        List<String> redeemers = new ArrayList<>();
        Map<Arm, Long> buyers = new HashMap<>(Map.of(Arm.TREATMENT, 0L, Arm.CONTROL, 0L));
        Map<Arm, BigDecimal> spend = new HashMap<>(Map.of(Arm.TREATMENT, BigDecimal.ZERO, Arm.CONTROL, BigDecimal.ZERO));
        long redeemed = 0;
        for (CampaignMember member : members.findAll(campaign.id())) {
            boolean offered = member.state() == OfferState.OFFERED;
            long user = member.userId();
            if (noise.nextDouble() < 0.3) {
                placed.add(order(user, start.minusSeconds(1 + noise.nextInt(30 * 86_400)), null, product, "80.00"));
                redeemers.add(null);
            }
            if (noise.nextDouble() < 0.3) {
                // after the horizon (which ended two days ago): in the past, but outside the window
                placed.add(order(user, horizon.plusSeconds(noise.nextInt(86_400)), null, product, "70.00"));
                redeemers.add(null);
            }
            if (noise.nextDouble() < 0.2) {
                Instant at = start.plusSeconds(1 + noise.nextInt(HORIZON_DAYS * 86_400 - 2));
                placed.add(order(user, at, at.plusSeconds(1), product, "90.00"));
                redeemers.add(null);
            }
            if (world.nextDouble() >= buys.get(user) + (offered ? uplift : 0)) {
                continue;
            }
            BigDecimal price = BigDecimal.valueOf(50 + world.nextInt(101)).setScale(2);
            Instant at = start.plusSeconds((long) (world.nextDouble() * HORIZON_DAYS * 86_400));
            buyers.merge(member.arm(), 1L, Long::sum);
            spend.merge(member.arm(), price, BigDecimal::add);
            if (noise.nextDouble() < 0.3) {
                // a second order in the window: the customer's spend is the two orders' sum, and they are one buyer
                BigDecimal second = new BigDecimal("10.00");
                price = price.subtract(second);
                placed.add(order(user, at.isAfter(start.plusSeconds(10)) ? at.minusSeconds(5) : at.plusSeconds(5), null,
                        product, second.toPlainString()));
                redeemers.add(null);
            }
            placed.add(order(user, at, null, product, price.toPlainString()));
            redeemers.add(offered ? cohort.emails().get(cohort.userIds().indexOf(user)) : null);
            redeemed += offered ? 1 : 0;
        }
        List<Long> orderIds = orders.importAll(placed);
        for (int i = 0; i < placed.size(); i++) {
            if (redeemers.get(i) != null) {
                redeem(redeemers.get(i), placed.get(i).userId(), orderIds.get(i), product, placed.get(i));
            }
        }
        // read now: the horizon has passed
        CampaignReport report = campaigns.report(campaign.id());
        assertThat(report.treated().buyers()).isEqualTo(buyers.get(Arm.TREATMENT));
        assertThat(report.control().buyers()).isEqualTo(buyers.get(Arm.CONTROL));
        assertThat(report.treated().spend()).isEqualByComparingTo(spend.get(Arm.TREATMENT));
        assertThat(report.control().spend()).isEqualByComparingTo(spend.get(Arm.CONTROL));
        assertThat(report.treated().redeemed()).isEqualTo(redeemed);
        return report;
    }

    private static HistoricalOrder order(long userId, Instant at, Instant cancelledAt, Product product, String price) {
        return new HistoricalOrder(userId, at, cancelledAt, List.of(new HistoricalOrder.Line(product.id(), product.sku(),
                product.name(), product.category().slug(), product.category().name(), new BigDecimal(price), 1)),
                BigDecimal.ZERO, null, null);
    }

    /** The customer reads the code from their mail and uses it for the order, when they place it. */
    private void redeem(String email, long userId, long orderId, Product product, HistoricalOrder order) {
        long mailId = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = :email AND template = 'retention-offer'")
                .param("email", email).query(Long.class).single();
        Matcher code = CODE.matcher(outbox.body(mailId).text());
        assertThat(code.find()).as("the code in the mail to %s", email).isTrue();
        List<PromotionLine> lines = List.of(new PromotionLine(product.id(), product.category().slug(),
                order.lines().get(0).unitPrice(), 1));
        PromotionService then = PromotionsAt.at(order.placedAt(), spring);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> then.redeem(then.evaluate(lines,
                new PromotionContext(code.group(), email, userId, false, order.placedAt())), orderId, email, userId));
    }
}
