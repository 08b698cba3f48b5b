package io.aisle.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.aisle.ApiTest;
import io.aisle.catalog.ProductService;
import io.aisle.identity.HistoricalAccounts;
import io.aisle.ordering.HistoricalOrder;
import io.aisle.ordering.OrderImport;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.CustomerScore;
import io.aisle.insights.data.CustomerScoreRepository;
import io.aisle.platform.InvalidRequestException;
import io.aisle.retention.data.CampaignRepository.NewCampaign;
import io.aisle.retention.internal.CampaignCreation;
import io.aisle.retention.internal.OfferSender;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Starting campaigns over the API: one campaign per submission, one code and one mail per treated customer. */
class CampaignApiTests extends ApiTest {

    @AfterEach
    void dropTheMadeUpScores() {
        AtRiskCohort.unscoreAll(scores);
    }


    @Autowired
    HistoricalAccounts accounts;

    @Autowired
    CustomerScoreRepository scores;

    @Autowired
    OfferSender sender;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignCreation creation;

    @Autowired
    CustomerInsights insights;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    OrderImport orders;

    @Autowired
    ProductService products;

    /** Posts the form; {@code answer} gets the status and whether the answer says it was replayed (1) or not (0). */
    private Map<?, ?> postCampaign(String bearer, String key, CampaignForm form, int[] answer) {
        var spec = api.post().uri("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer);
        if (key != null) {
            spec = spec.header("Idempotency-Key", key);
        }
        var result = spec.body(form).exchange().expectBody(Map.class).returnResult();
        answer[0] = result.getStatus().value();
        answer[1] = "true".equals(result.getResponseHeaders().getFirst("Idempotent-Replayed")) ? 1 : 0;
        return result.getResponseBody();
    }

    @Test
    void oneSubmissionArrivingFourTimesAtOnceStartsOneCampaignAndEachTreatedCustomerGetsOneCodeAndOneMail()
            throws Exception {
        AtRiskCohort cohort = AtRiskCohort.create(40, accounts, scores, jdbc);
        String bearer = adminBearer();
        String key = UUID.randomUUID().toString();
        CampaignForm form = cohort.form("Win back " + key, 0.25, 7L);

        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<int[]>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<int[]> call = () -> {
                int[] answer = new int[2];
                Map<?, ?> body = postCampaign(bearer, key, form, answer);
                return new int[] { answer[0], ((Number) body.get("id")).intValue(), answer[1] };
            };
            answers.add(threads.submit(call));
        }
        List<int[]> results = new ArrayList<>();
        for (Future<int[]> answer : answers) {
            results.add(answer.get());
        }
        // while the background sender works, three more senders race it for the same members
        List<Future<Integer>> racing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            racing.add(threads.submit(sender::sendDue));
        }
        for (Future<Integer> race : racing) {
            race.get();
        }
        threads.shutdown();

        assertThat(results).extracting(r -> r[0]).containsOnly(201);
        assertThat(results).extracting(r -> r[2]).as("replayed").containsExactlyInAnyOrder(0, 1, 1, 1);
        long id = results.get(0)[1];
        assertThat(results).extracting(r -> (long) r[1]).containsOnly(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_campaigns WHERE request_key = :key").param("key", key)
                .query(Long.class).single()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> campaigns.get(id).progress().pending() == 0);

        Campaign campaign = campaigns.get(id);
        assertThat(campaign.progress().members()).isEqualTo(40);
        assertThat(campaign.progress().control()).isEqualTo(10);
        assertThat(campaign.progress().offered()).isEqualTo(30);
        assertThat(campaign.seed()).isEqualTo(7L);
        for (int i = 0; i < cohort.userIds().size(); i++) {
            long userId = cohort.userIds().get(i);
            String arm = jdbc.sql("SELECT arm FROM retention_members WHERE campaign_id = :c AND user_id = :u")
                    .param("c", id).param("u", userId).query(String.class).single();
            long codes = jdbc.sql("SELECT COUNT(*) FROM promotions WHERE customer_user_id = :userId")
                    .param("userId", userId).query(Long.class).single();
            long mails = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :email AND template = 'retention-offer'")
                    .param("email", cohort.emails().get(i)).query(Long.class).single();
            long expected = arm.equals("TREATMENT") ? 1 : 0;
            assertThat(codes).as("codes of %s member %d", arm, userId).isEqualTo(expected);
            assertThat(mails).as("mails of %s member %d", arm, userId).isEqualTo(expected);
        }
    }

    @Test
    void twoAdminsStartingTwoCampaignsAtOnceForTheSameCustomersGiveEachCustomerOneOffer() throws Exception {
        AtRiskCohort cohort = AtRiskCohort.create(10, accounts, scores, jdbc);
        List<CustomerScore> chosen = insights.atRisk(0.8, cohort.minSpend());
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        // the first start has written its campaign and holds its transaction open while the second one starts
        Future<Long> first = threads.submit(() -> new TransactionTemplate(transactions).execute(tx -> {
            long id = creation.create(newCampaign(cohort), chosen).id();
            firstWritten.countDown();
            try {
                letFirstCommit.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return id;
        }));
        firstWritten.await();
        Future<CampaignCreation.Created> second = threads.submit(() -> creation.create(newCampaign(cohort), chosen));

        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> !second.isDone());
        letFirstCommit.countDown();
        long id = first.get();
        assertThatThrownBy(second::get).hasCauseInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("already in a running campaign");
        threads.shutdown();

        for (long userId : cohort.userIds()) {
            assertThat(jdbc.sql("SELECT campaign_id FROM retention_members WHERE user_id = :u").param("u", userId)
                    .query(Long.class).list()).as("campaigns of %d", userId).containsExactly(id);
        }
        api.get().uri("/api/v1/campaigns/preview?minChurnProbability=0.8&minPredictedSpend={s}", cohort.minSpend())
                .header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange().expectBody()
                .jsonPath("$.customers").isEqualTo(0)
                .jsonPath("$.inRunningCampaigns").isEqualTo(10);
        // the first campaign was written without the nudge a start gives: its offers go now, not during another test
        sender.sendDue();
    }

    private NewCampaign newCampaign(AtRiskCohort cohort) {
        Instant now = Instant.now();
        return new NewCampaign(UUID.randomUUID().toString(), "Racing admin", 0.8, cohort.minSpend(),
                DiscountKind.PERCENTAGE, new BigDecimal("10"), 30, 90, 0.2, false, 5L, "test", now,
                now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(31)));
    }

    @Test
    void thePreviewCountsTheCustomersBothThresholdsChooseAndHowTheyWouldSplit() {
        AtRiskCohort cohort = AtRiskCohort.create(12, accounts, scores, jdbc);

        api.get().uri("/api/v1/campaigns/preview?minChurnProbability=0.8&minPredictedSpend={s}&controlShare=0.25",
                        cohort.minSpend())
                .header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.customers").isEqualTo(12)
                .jsonPath("$.control").isEqualTo(3)
                .jsonPath("$.treated").isEqualTo(9)
                .jsonPath("$.inRunningCampaigns").isEqualTo(0);
    }

    @Test
    void hostilePreviewNumbersAreA400ProblemOnTheApiAndAMessageOnThePageNeverA500() throws Exception {
        String bearer = adminBearer();
        for (String query : List.of("minPredictedSpend=1e999999999", "minPredictedSpend=0.001",
                "minChurnProbability=NaN", "minChurnProbability=1000", "minChurnProbability=Infinity",
                "controlShare=1000", "controlShare=NaN")) {
            expectProblem(api.get().uri("/api/v1/campaigns/preview?" + query).header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange(), 400);
        }
        for (String query : List.of("minPredictedSpend=1e999999999", "minChurnProbability=NaN",
                "minChurnProbability=1000", "controlPercent=1000", "controlPercent=-5", "minPredictedSpend=abc")) {
            mvc.perform(get("/admin/campaigns/preview?" + query).with(signedInAsAdmin()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Enter a churn probability from 0 to 1")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("get an offer"))));
        }
    }

    @Test
    void thePreviewSaysPlainlyWhenNobodyMatchesOrThereWouldBeNoControlGroup() throws Exception {
        mvc.perform(get("/admin/campaigns/preview?minChurnProbability=1&minPredictedSpend=9999999999.99")
                        .with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody matches these thresholds.")))
                .andExpect(content().string(containsString("disabled")));
        AtRiskCohort cohort = AtRiskCohort.create(2, accounts, scores, jdbc);
        mvc.perform(get("/admin/campaigns/preview?minChurnProbability=0.8&minPredictedSpend={s}&controlPercent=20",
                        cohort.minSpend()).with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 customers match")))
                .andExpect(content().string(containsString("No control group: no uplift can be measured")));
    }

    @Test
    void badRequestsAreProblemsAndNothingStarts() {
        AtRiskCohort cohort = AtRiskCohort.create(3, accounts, scores, jdbc);
        String bearer = adminBearer();
        CampaignForm form = cohort.form("Refused", 0.2, 1L);

        expectProblem(api.post().uri("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer).body(form)
                .exchange(), 400).jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        expectProblem(api.post().uri("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(new CampaignForm("Too much", 0.8, cohort.minSpend(), DiscountKind.PERCENTAGE,
                        new BigDecimal("150"), 30, 90, 0.2, false, 1L))
                .exchange(), 400).jsonPath("$.errors[0].field").isEqualTo("discountValue");
        expectProblem(api.post().uri("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(new CampaignForm("Codes outlive the horizon", 0.8, cohort.minSpend(), DiscountKind.PERCENTAGE,
                        new BigDecimal("10"), 60, 30, 0.2, false, 1L))
                .exchange(), 400).jsonPath("$.errors[0].field").isEqualTo("codeValidDays");
        expectProblem(api.post().uri("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", "Nobody", "minChurnProbability", 0.8, "minPredictedSpend", "9999999999.99",
                        "discountKind", "PERCENTAGE", "discountValue", 10))
                .exchange(), 400).jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("Nobody matches these thresholds"));
        expectProblem(api.post().uri("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, bearer)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", "Odd", "minChurnProbability", 2, "discountKind", "PERCENTAGE", "discountValue", 10))
                .exchange(), 400);
        expectProblem(api.get().uri("/api/v1/campaigns/{id}", Long.MAX_VALUE).header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange(), 404);
        api.get().uri("/api/v1/campaigns").header(HttpHeaders.AUTHORIZATION, newCustomer().bearer()).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void customersWhoDeleteTheirAccountStayInTheirArmWithTheirOrdersAndTheirCodeStopsWorking() throws Exception {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            customers.add(newCustomer());
        }
        AtRiskCohort cohort = AtRiskCohort.scored(customers.stream().map(Customer::id).toList(), scores, jdbc);
        StartedCampaign started = campaigns.start(cohort.form("Leavers", 0.5, 3L), UUID.randomUUID().toString(), "test");
        long id = started.campaign().id();
        await().atMost(Duration.ofSeconds(30)).until(() -> campaigns.get(id).progress().pending() == 0);
        List<CampaignMember> members = jdbc.sql("SELECT user_id, arm FROM retention_members WHERE campaign_id = :c")
                .param("c", id).query((rs, n) -> new CampaignMember(id, rs.getLong("user_id"),
                        Arm.valueOf(rs.getString("arm")), 0, null, null, 0, null, null, null, null, null)).list();
        long treated = members.stream().filter(m -> m.arm() == Arm.TREATMENT).findFirst().orElseThrow().userId();
        long control = members.stream().filter(m -> m.arm() == Arm.CONTROL).findFirst().orElseThrow().userId();
        // the treated member buys once in the window, then both leave: the order keeps its user id
        var product = products.get(newProduct("books", new BigDecimal("30.00"), 5));
        orders.importAll(List.of(new HistoricalOrder(treated, started.campaign().startedAt().plusMillis(1), null,
                List.of(new HistoricalOrder.Line(product.id(), product.sku(), product.name(),
                        product.category().slug(), product.category().name(), new BigDecimal("30.00"), 1)),
                BigDecimal.ZERO, null, null)));

        for (Customer c : customers) {
            if (c.id() == treated || c.id() == control) {
                api.method(HttpMethod.DELETE).uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, c.bearer())
                        .body(Map.of("password", c.password())).exchange().expectStatus().isNoContent();
            }
        }

        CampaignReport report = campaigns.report(id);
        assertThat(report.leftTreated()).isEqualTo(1);
        assertThat(report.leftControl()).isEqualTo(1);
        assertThat(report.treated().customers()).isEqualTo(1);
        assertThat(report.treated().buyers()).isEqualTo(1);
        assertThat(report.treated().spend()).isEqualByComparingTo("30.00");
        assertThat(report.control().customers()).isEqualTo(1);
        assertThat(report.control().buyers()).isZero();
        assertThat(jdbc.sql("SELECT status FROM promotions WHERE customer_user_id = :id").param("id", treated)
                .query(String.class).single()).isEqualTo("PAUSED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotions WHERE customer_user_id = :id AND ends_at > :now")
                .param("id", treated).param("now", io.aisle.platform.SqlTime.utc(Instant.now())).query(Long.class).single())
                .isZero();
        assertThat(report.complete()).isFalse();
        assertThat(campaigns.get(id).progress().left()).isEqualTo(2);
        api.get().uri("/api/v1/campaigns/{id}/report", id).header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.complete").isEqualTo(false)
                .jsonPath("$.leftTreated").isEqualTo(1)
                .jsonPath("$.treated.customers").isEqualTo(1)
                .jsonPath("$.treated.buyers").isEqualTo(1)
                // interim: no uplift interval to peek at
                .jsonPath("$.repurchaseUplift.low").doesNotExist()
                .jsonPath("$.spendUplift.high").doesNotExist();
        mvc.perform(get("/admin/campaigns/{id}", id).with(signedInAsAdmin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 members deleted their account")))
                .andExpect(content().string(containsString("Not a result yet: the horizon ends on")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("made a difference"))));
        // the page's poll while offers go out gets the progress only, not the report
        mvc.perform(get("/admin/campaigns/{id}", id).header("HX-Request", "true").with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("offer-status")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("report-table"))));
    }

    @Test
    void theFormAnswers400WithTheReasonWhenNoCustomerMatchesAndStartsNothing() throws Exception {
        String name = unique("Nobody");
        mvc.perform(post("/admin/campaigns").with(signedInAsAdmin()).with(csrf())
                        .param("name", name).param("minChurnProbability", "0.8")
                        .param("minPredictedSpend", "9999999999.99").param("discountKind", "PERCENTAGE")
                        .param("discountValue", "10").param("codeValidDays", "30").param("horizonDays", "90")
                        .param("controlPercent", "20").param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nobody matches these thresholds")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_campaigns WHERE name = :name").param("name", name)
                .query(Long.class).single()).isZero();
    }
}
