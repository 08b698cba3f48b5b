package io.aisle.admin.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.promotions.Discounts;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionContext;
import io.aisle.promotions.PromotionStatus;
import io.aisle.promotions.PromotionTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin's promotion pages: list with usage, create and edit form, pause and resume, usage of one promotion. */
class PromotionPageTests extends PromotionTest {

    @Autowired
    private PlatformTransactionManager transactions;

    private String page(String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(signedInAsAdmin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The form as the page posts it, with these fields changed ("name", "", ...). */
    private MockHttpServletRequestBuilder form(String url, long id, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "Autumn sale", "kind", "PERCENTAGE",
                "value", "15", "categories", category, "usageLimit", "50", "startsAt", "2030-09-01T08:00"));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url, id).with(signedInAsAdmin()).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long redeem(Promotion p, String email) {
        long orderId = newOrderId();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Discounts d = service.evaluate(List.of(line("30.00", 1)), new PromotionContext(p.code(), email, true, Instant.now()));
            service.redeem(d, orderId, email);
        });
        return orderId;
    }

    @Test
    void theListShowsEachPromotionWithItsUsageAgainstItsLimitAndTheNavigationLinksToIt() throws Exception {
        Promotion p = promotion(f -> { f.name = unique("Listed sale"); f.usageLimit = 10; });
        redeem(p, unique("one") + "@example.com");

        String html = page("/admin/promotions");

        assertThat(html).contains("href=\"/admin/promotions\" aria-current=\"page\"");
        assertThat(html).contains(p.name(), p.code(), "10% off", "1 / 10", "$3.00");
        assertThat(html).contains("/admin/promotions/" + p.id() + "/usage", "/admin/promotions/" + p.id() + "/pause");
    }

    @Test
    void theListSaysWhatEachKindGivesInWords() throws Exception {
        promotion(f -> { f.kind = io.aisle.promotions.PromotionKind.BUY_X_GET_Y; f.value = new java.math.BigDecimal("100"); f.buy = 2; f.discounted = 1; });
        promotion(f -> { f.kind = io.aisle.promotions.PromotionKind.BUY_X_GET_Y; f.value = new java.math.BigDecimal("50"); f.buy = 3; f.discounted = 2; });
        promotion(f -> { f.kind = io.aisle.promotions.PromotionKind.FIXED_AMOUNT; f.value = new java.math.BigDecimal("7.50"); f.minSubtotal = new java.math.BigDecimal("40.00"); });

        assertThat(page("/admin/promotions")).contains("Buy 2, get 1 free", "Buy 3, get 2 at 50% off", "$7.50 off", "from $40.00");
    }

    @Test
    void pausingAndResumingFromTheListChangesWhetherThePromotionApplies() throws Exception {
        Promotion p = promotion(f -> { });

        mvc.perform(post("/admin/promotions/{id}/pause", p.id()).with(signedInAsAdmin()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("Paused")));
        assertThat(admin.get(p.id()).status()).isEqualTo(PromotionStatus.PAUSED);
        assertThat(page("/admin/promotions")).contains("/admin/promotions/" + p.id() + "/resume");

        mvc.perform(post("/admin/promotions/{id}/resume", p.id()).with(signedInAsAdmin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(admin.get(p.id()).status()).isEqualTo(PromotionStatus.ACTIVE);
    }

    @Test
    void theFormCreatesAPromotionAndTheEditPageShowsAndSavesItsSettings() throws Exception {
        String code = unique("AUTUMN").replace("-", "");
        String location = mvc.perform(form("/admin/promotions", 0, "code", code))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/promotions/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D", ""));
        pauseAfterwards(id);
        Promotion created = admin.get(id);
        assertThat(created.code()).isEqualTo(code);
        assertThat(created.categorySlugs()).containsExactly(category);
        assertThat(created.startsAt()).isEqualTo(Instant.parse("2030-09-01T08:00:00Z"));

        String edit = page("/admin/promotions/{id}/edit", id);
        assertThat(edit).contains("value=\"Autumn sale\"", "value=\"" + code + "\"", "value=\"2030-09-01T08:00\"", "value=\"50\"");

        mvc.perform(form("/admin/promotions/{id}", id, "code", code, "stackable", "true", "value", "20"))
                .andExpect(status().is3xxRedirection());
        assertThat(admin.get(id).stackable()).isTrue();
        assertThat(admin.get(id).value()).isEqualByComparingTo("20");
    }

    @Test
    void theFormShowsWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        String blankName = mvc.perform(form("/admin/promotions", 0, "name", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(blankName).contains("field-error", "value=\"" + category + "\"");

        String tooMuch = mvc.perform(form("/admin/promotions", 0, "value", "150"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooMuch).contains("must be a percentage above 0 and at most 100", "value=\"Autumn sale\"");

        Promotion taken = promotion(f -> { });
        String conflict = mvc.perform(form("/admin/promotions", 0, "code", taken.code().toLowerCase()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(conflict).contains("codes ignore case");
    }

    @Test
    void theUsagePageListsEachRedemptionWithItsOrderCustomerAndAmount() throws Exception {
        Promotion p = promotion(f -> f.usageLimit = 5);
        long orderId = redeem(p, "Grace@Example.com");

        String html = page("/admin/promotions/{id}/usage", p.id());

        assertThat(html).contains("Redeemed once of 5 allowed", "/admin/orders/" + orderId, "grace@example.com", "$3.00");
        assertThat(page("/admin/promotions/{id}/usage", promotion(f -> { }).id())).contains("No order has used this promotion yet.");
    }
}
