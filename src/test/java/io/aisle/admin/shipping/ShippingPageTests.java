package io.aisle.admin.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.admin.AdminPageTest;
import io.aisle.shipping.ShippingMethod;
import io.aisle.shipping.ShippingQuery;
import io.aisle.shipping.ShippingService;
import io.aisle.shipping.ShippingZone;
import io.aisle.shipping.ShippingZoneService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ShippingPageTests extends AdminPageTest {

    @Autowired
    private ShippingZoneService zones;

    @Autowired
    private ShippingService shipping;

    private final List<String> names = new ArrayList<>();

    @AfterEach
    void deleteZonesOfTheTest() {
        zones.list().stream().filter(zone -> names.contains(zone.name())).forEach(zone -> zones.delete(zone.id()));
    }

    @Test
    void showsEveryZoneWithItsMethodsRatesAndDaysLinkedFromTheNavigation() throws Exception {
        String html = adminPage("/admin/shipping");

        assertThat(html).contains("href=\"/admin/shipping\" aria-current=\"page\"");
        ShippingZone world = zones.list().stream().filter(ShippingZone::restOfWorld).findFirst().orElseThrow();
        String card = element(html, "section", "zone-" + world.id());
        assertThat(card).contains("Rest of world", "Every address no other zone covers");
        String standard = element(card, "tr", "method-" + world.methods().get(0).id());
        assertThat(standard).contains("Standard", "$9.99", "$50.00", "5 days", "Active", "Pause");
        assertThat(html).contains("United States", "Store pick-up", "1–2 days");
        String express = element(card, "tr", "method-" + world.methods().get(1).id());
        assertThat(express).contains("Express", "$14.99", "—").doesNotContain("null");
    }

    @Test
    void createsAZoneAndAMethodWithBandsThatCheckoutOffersAtOnce() throws Exception {
        String name = name();
        String region = region();
        mvc.perform(admin(post("/admin/shipping/zones")).param("name", name).param("countries", "aq-" + region.toLowerCase())
                        .param("_restOfWorld", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/shipping"))
                .andExpect(flash().attribute("message", "Created the zone " + name + ". Add its shipping methods next."));
        ShippingZone zone = zoneNamed(name);
        assertThat(adminPage("/admin/shipping")).contains(name, "AQ-" + region);

        mvc.perform(admin(post("/admin/shipping/zones/{id}/methods", zone.id())).param("name", "Parcel")
                        .param("carrier", "Aisle Post").param("rateKind", "BY_WEIGHT").param("rates", "0 4.00\n1000: 7.50")
                        .param("freeFrom", "").param("minDays", "2").param("maxDays", "4").param("sortOrder", "0")
                        .param("active", "true").param("_active", "on").param("_pickup", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Added Parcel to " + name + "."));

        ShippingQuery heavy = new ShippingQuery("AQ", region, new BigDecimal("10.00"), 1500);
        assertThat(shipping.optionsFor(heavy)).singleElement().satisfies(option -> {
            assertThat(option.price()).isEqualByComparingTo("7.50");
            assertThat(option.carrier()).isEqualTo("Aisle Post");
            assertThat(option.maxDays()).isEqualTo(4);
        });
        assertThat(element(adminPage("/admin/shipping"), "section", "zone-" + zone.id()))
                .contains("from 0 g $4.00 · from 1000 g $7.50", "2–4 days", "Aisle Post");
    }

    @Test
    void pausesAndActivatesAMethod() throws Exception {
        ShippingZone zone = zoneWithMethod();
        ShippingMethod method = zone.methods().get(0);

        mvc.perform(admin(post("/admin/shipping/methods/{id}/pause", method.id())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Paused Courier: checkout no longer offers it."));
        assertThat(zones.method(method.id()).active()).isFalse();
        assertThat(element(adminPage("/admin/shipping"), "tr", "method-" + method.id())).contains("Paused", "Activate");

        mvc.perform(admin(post("/admin/shipping/methods/{id}/activate", method.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(zones.method(method.id()).active()).isTrue();
    }

    @Test
    void editsAMethodFromItsFormAndDeletesItAfterAsking() throws Exception {
        ShippingMethod method = zoneWithMethod().methods().get(0);
        String form = adminPage("/admin/shipping/methods/{id}/edit", method.id());
        assertThat(element(form, "textarea", "rates")).contains(">5.00</textarea>");

        mvc.perform(admin(post("/admin/shipping/methods/{id}", method.id())).param("name", "Courier")
                        .param("rateKind", "FLAT").param("rates", "6.25").param("minDays", "1").param("maxDays", "1")
                        .param("sortOrder", "0").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(zones.method(method.id()).bands().get(0).price()).isEqualByComparingTo("6.25");

        assertThat(adminPage("/admin/shipping/methods/{id}/delete", method.id())).contains("Delete Courier from");
        mvc.perform(admin(post("/admin/shipping/methods/{id}/delete", method.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(zones.list().stream().flatMap(z -> z.methods().stream())).noneMatch(m -> m.id() == method.id());
    }

    @Test
    void showsWhyAZoneWasRefusedWithTheInputKept() throws Exception {
        String html = mvc.perform(admin(post("/admin/shipping/zones")).param("name", name()).param("countries", "US-CA, XX"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("not an ISO 3166 two-letter country code", "value=\"US-CA, XX\"");
    }

    @Test
    void showsWhyAMethodWasRefusedWithTheInputKept() throws Exception {
        ShippingZone zone = zoneWithMethod();
        String html = mvc.perform(admin(post("/admin/shipping/zones/{id}/methods", zone.id())).param("name", "Bands")
                        .param("rateKind", "BY_SUBTOTAL").param("rates", "50 4.00\n10 2.00").param("minDays", "1")
                        .param("maxDays", "2"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("bands are sorted and do not overlap", "50 4.00");
    }

    @Test
    void deletesAZoneAfterAsking() throws Exception {
        ShippingZone zone = zoneWithMethod();
        assertThat(adminPage("/admin/shipping/zones/{id}/delete", zone.id())).contains("Delete the zone " + zone.name());

        mvc.perform(admin(post("/admin/shipping/zones/{id}/delete", zone.id())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Deleted the zone " + zone.name() + " and its methods."));
        assertThat(zones.list()).noneMatch(z -> z.id() == zone.id());
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(signedInAsAdmin()).with(csrf());
    }

    private ShippingZone zoneWithMethod() throws Exception {
        String name = name();
        mvc.perform(admin(post("/admin/shipping/zones")).param("name", name).param("countries", "AQ-" + region()))
                .andExpect(status().is3xxRedirection());
        ShippingZone zone = zoneNamed(name);
        mvc.perform(admin(post("/admin/shipping/zones/{id}/methods", zone.id())).param("name", "Courier")
                        .param("rateKind", "FLAT").param("rates", "5.00").param("minDays", "1").param("maxDays", "2")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection());
        return zoneNamed(name);
    }

    private ShippingZone zoneNamed(String name) {
        return zones.list().stream().filter(zone -> zone.name().equals(name)).findFirst().orElseThrow();
    }

    private String name() {
        String name = unique("test-zone");
        names.add(name);
        return name;
    }

    private static String region() {
        return "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase(Locale.ROOT);
    }
}
