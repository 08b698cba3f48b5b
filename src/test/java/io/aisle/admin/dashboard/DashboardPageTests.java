package io.aisle.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.admin.AdminPageTest;
import io.aisle.admin.internal.HtmlJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class DashboardPageTests extends AdminPageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    private JsonMapper json;

    @Test
    void showsFiguresChartsRunningOutAndTheLiveFeedOfTheLast30DaysByDefault() throws Exception {
        mvc.perform(get("/admin").with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/dashboard/index"));
        String html = adminPage("/admin");

        assertThat(html).contains("id=\"kpi-revenue\"", "id=\"kpi-orders\"", "id=\"kpi-average-order-value\"",
                "id=\"kpi-units-sold\"", "Running out");
        assertThat(element(html, "canvas", "chart-revenue-by-day")).contains("data-chart=\"line\"",
                "data-source=\"chart-revenue-by-day-data\"");
        assertThat(element(html, "canvas", "chart-revenue-by-category")).contains("data-chart=\"doughnut\"",
                "data-source=\"chart-revenue-by-category-data\"");
        assertThat(element(html, "canvas", "chart-top-products")).contains("data-chart=\"bar\"",
                "data-source=\"chart-top-products-data\"");
        assertThat(chart(html, "chart-revenue-by-day-data").get("labels")).asList().hasSize(30);
        assertThat(chart(html, "chart-revenue-by-category-data")).containsKeys("labels", "values");
        assertThat(chart(html, "chart-top-products-data")).containsKeys("labels", "values");
        assertThat(element(html, "input", "from")).contains("value=\"" + TODAY.minusDays(29) + "\"");
        assertThat(element(html, "input", "to")).contains("value=\"" + TODAY + "\"");
        assertThat(html).contains("<script src=\"/webjars/chart.js/dist/chart.umd.min.js\" defer></script>",
                "<script src=\"/js/admin-charts.js\" defer></script>", "<link rel=\"stylesheet\" href=\"/css/admin.css\">");
        String feed = element(html, "ul", "order-feed");
        assertThat(feed).contains("hx-ext=\"sse\"", "sse-connect=\"/admin/events/orders\"", "sse-swap=\"order\"",
                "hx-swap=\"afterbegin\"");
    }

    @Test
    void countsANewOrderInTheFiguresAndChartOfItsDay() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("40.00"), 10);
        Customer customer = newCustomer();
        String period = "/admin?from=" + TODAY + "&to=" + TODAY;
        BigDecimal before = todaysRevenue(adminPage(period));

        long order = buy(customer, product, 2);

        String html = adminPage(period);
        assertThat(todaysRevenue(html).subtract(before)).isEqualByComparingTo("80.00");
        assertThat(element(html, "ul", "order-feed")).contains("Order #" + order, customer.email());
    }

    @Test
    void answersHtmxWithTheReportAloneSoTheFeedKeepsItsConnection() throws Exception {
        String fragment = adminFragment("/admin?from=" + TODAY.minusDays(6) + "&to=" + TODAY);

        assertThat(fragment.strip()).startsWith("<section id=\"report\"");
        assertThat(fragment).contains("id=\"chart-revenue-by-day\"", "id=\"kpi-revenue\"")
                .doesNotContain("<html", "order-feed", "admin-nav");
        assertThat(chart(fragment, "chart-revenue-by-day-data").get("labels")).asList().hasSize(7);
        mvc.perform(get("/admin").with(signedInAsAdmin()).header("HX-Request", "true"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")));
    }

    @Test
    void answersAHistoryRestoreWithTheWholePage() throws Exception {
        String html = mvc.perform(get("/admin").with(signedInAsAdmin()).header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<html", "order-feed");
    }

    @ParameterizedTest
    @CsvSource({"2026-02-10, 2026-02-09, The end must not be before the start.",
            "2024-01-01, 2026-01-01, A period covers at most 366 days."})
    void showsAnImpossiblePeriodNextToTheDatesWithTheDefaultReport(String from, String to, String message)
            throws Exception {
        String html = adminPage("/admin?from={from}&to={to}", from, to);

        assertThat(element(html, "form", "period-form")).contains(message, "aria-invalid=\"true\"",
                "value=\"" + from + "\"");
        assertThat(chart(html, "chart-revenue-by-day-data").get("labels")).asList().hasSize(30);
    }

    @Test
    void writesChartDataThatCannotEndItsScriptBlock() throws Exception {
        String escaped = HtmlJson.escape(json.writeValueAsString(
                Map.of("labels", List.of("</script><script>alert('x')</script> & more"))));

        assertThat(escaped).doesNotContain("<", ">", "&")
                .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert('x')\\u003c/script\\u003e \\u0026 more");
        assertThat(json.readValue(escaped, Map.class).get("labels"))
                .isEqualTo(List.of("</script><script>alert('x')</script> & more"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(String html, String id) {
        String block = element(html, "script", id);
        return json.readValue(block.substring(block.indexOf('>') + 1, block.lastIndexOf("</script>")), Map.class);
    }

    private BigDecimal todaysRevenue(String html) {
        List<?> values = (List<?>) chart(html, "chart-revenue-by-day-data").get("values");
        assertThat(values).hasSize(1);
        return money(values.get(0));
    }
}
