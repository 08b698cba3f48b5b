package io.aisle.admin.taxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.admin.AdminPageTest;
import io.aisle.taxes.ShopTaxRate;
import io.aisle.taxes.TaxRate;
import io.aisle.taxes.TaxService;
import io.aisle.taxes.TaxSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The admin's taxes page. Rates are added for Antarctica (AQ) in a region of the test's own and deleted after
 * each test, and the settings are put back, because the database outlives the run and checkout reads them.
 */
class TaxesPageTests extends AdminPageTest {

    private static final String COUNTRY = "AQ";

    @Autowired
    TaxService taxes;

    private TaxSettings settingsBefore;
    private String region;

    @BeforeEach
    void remember() {
        settingsBefore = taxes.settings();
        region = String.format("R%02d", ThreadLocalRandom.current().nextInt(100));
        jdbc.sql("DELETE FROM tax_rates WHERE country = :country").param("country", COUNTRY).update();
    }

    @AfterEach
    void putBack() {
        jdbc.sql("DELETE FROM tax_rates WHERE country = :country").param("country", COUNTRY).update();
        taxes.updateSettings(settingsBefore);
    }

    @Test
    void listsTheRatesAndSettingsAndIsLinkedFromEveryAdminPage() throws Exception {
        String page = adminPage("/admin/taxes");

        assertThat(element(page, "table", "rates-table")).contains("Germany", "VAT", "19.00 %", "Whole country",
                "CA sales tax", "7.25 %", "Reduced");
        assertThat(element(page, "form", "tax-settings")).contains("name=\"pricesIncludeTax\"", "name=\"taxShipping\"",
                "action=\"/admin/taxes/settings\"");
        assertThat(adminPage("/admin/products")).contains("href=\"/admin/taxes\"");
        assertThat(page).contains("<a href=\"/admin/taxes\" aria-current=\"page\">Taxes</a>");
    }

    @Test
    void addsARateInPercentThatCheckoutUsesAtOnce() throws Exception {
        assertThat(taxes.rulesFor(COUNTRY, region).byClass()).isEmpty();

        mvc.perform(rateForm(post("/admin/taxes/rates"), "Polar tax", "7.25"))
                .andExpect(redirectedUrl("/admin/taxes"))
                .andExpect(flash().attribute("message", "Added Polar tax (reduced) for Antarctica, region " + region + "."));

        assertThat(taxes.rulesFor(COUNTRY, region).rate("reduced"))
                .contains(new TaxRate("reduced", "Polar tax", new BigDecimal("0.0725")));
        assertThat(adminPage("/admin/taxes")).contains("Polar tax", "Antarctica");
    }

    @Test
    void showsEveryInvalidFieldNextToItAndSavesNothing() throws Exception {
        String html = mvc.perform(post("/admin/taxes/rates").with(signedInAsAdmin()).with(csrf())
                        .param("country", "XX").param("region", "TOO-LONG").param("taxClass", "reduced")
                        .param("name", "Polar tax").param("percent", "150"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("rateForm", "country", "region", "percent"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("must be at most 100", "must be an ISO 3166-1 alpha-2 country code");
        assertThat(taxes.rates()).noneMatch(r -> r.country().equals(COUNTRY));
    }

    @Test
    void keepsTheInputAndSaysWhyWhenThePlaceAndClassHaveARateAlready() throws Exception {
        mvc.perform(rateForm(post("/admin/taxes/rates"), "Polar tax", "5")).andExpect(status().is3xxRedirection());

        String html = mvc.perform(rateForm(post("/admin/taxes/rates"), "Second polar tax", "6.5"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("There is already a reduced rate for AQ region " + region, "value=\"Second polar tax\"");
        assertThat(taxes.rulesFor(COUNTRY, region).rate("reduced")).map(TaxRate::name).contains("Polar tax");
    }

    @Test
    void editsARateFromItsFilledInFormAndDeletesItAfterAsking() throws Exception {
        mvc.perform(rateForm(post("/admin/taxes/rates"), "Polar tax", "20")).andExpect(status().is3xxRedirection());
        ShopTaxRate rate = ours().orElseThrow();

        String form = adminPage("/admin/taxes/rates/{id}/edit", rate.id());
        assertThat(element(form, "form", "rate-form")).contains("value=\"20\"", "value=\"Polar tax\"",
                "<option value=\"AQ\" selected=\"selected\">Antarctica (AQ)</option>");
        mvc.perform(rateForm(post("/admin/taxes/rates/{id}", rate.id()), "Polar VAT", "12.5"))
                .andExpect(redirectedUrl("/admin/taxes"));
        assertThat(taxes.rulesFor(COUNTRY, region).rate("reduced"))
                .contains(new TaxRate("reduced", "Polar VAT", new BigDecimal("0.1250")));

        assertThat(adminPage("/admin/taxes/rates/{id}/delete", rate.id())).contains("Delete Polar VAT (reduced) for Antarctica");
        mvc.perform(post("/admin/taxes/rates/{id}/delete", rate.id()).with(signedInAsAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/taxes"));
        assertThat(ours()).isEmpty();
        assertThat(taxes.rulesFor(COUNTRY, region).byClass()).isEmpty();
        mvc.perform(get("/admin/taxes/rates/{id}/edit", rate.id()).with(signedInAsAdmin())).andExpect(status().isNotFound());
    }

    @Test
    void togglesTheSettingsWithItsCheckboxes() throws Exception {
        mvc.perform(post("/admin/taxes/settings").with(signedInAsAdmin()).with(csrf()).param("taxShipping", "true"))
                .andExpect(redirectedUrl("/admin/taxes"));
        assertThat(taxes.settings()).isEqualTo(new TaxSettings(false, true));
        assertThat(element(adminPage("/admin/taxes"), "input", "taxShipping")).contains("checked");

        mvc.perform(post("/admin/taxes/settings").with(signedInAsAdmin()).with(csrf()).param("pricesIncludeTax", "true"))
                .andExpect(redirectedUrl("/admin/taxes"));
        assertThat(taxes.settings()).isEqualTo(new TaxSettings(true, false));
        assertThat(taxes.rulesFor("DE", null).pricesIncludeTax()).isTrue();
        assertThat(element(adminPage("/admin/taxes"), "input", "taxShipping")).doesNotContain("checked");
    }

    @Test
    void isClosedToCustomers() throws Exception {
        mvc.perform(get("/admin/taxes").with(signedIn(newCustomer()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/taxes/settings").with(signedIn(newCustomer())).with(csrf()).param("taxShipping", "true"))
                .andExpect(status().isForbidden());
    }

    private Optional<ShopTaxRate> ours() {
        return taxes.rates().stream().filter(r -> r.country().equals(COUNTRY) && region.equals(r.region())).findFirst();
    }

    /** A reduced rate for this test's region of Antarctica. */
    private MockHttpServletRequestBuilder rateForm(MockHttpServletRequestBuilder request, String name, String percent) {
        return request.with(signedInAsAdmin()).with(csrf()).param("country", COUNTRY).param("region", region)
                .param("taxClass", "reduced").param("name", name).param("percent", percent);
    }
}
