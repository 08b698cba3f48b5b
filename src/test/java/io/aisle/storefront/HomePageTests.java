package io.aisle.storefront;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.ApiTest;
import org.junit.jupiter.api.Test;

class HomePageTests extends ApiTest {

    @Test
    void showsCategoriesAndFeaturedProductsToGuests() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/catalog/home"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Electronics")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Featured")));
    }

    @Test
    void showsTheSignedInCustomerTheAccountLinkInsteadOfSignIn() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(get("/").with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/account\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("href=\"/login\""))));
    }

    @Test
    void servesTheScriptsAndStylesThePagesLinkFromTheJarWithoutVersionsInTheUrl() throws Exception {
        for (String asset : new String[] {"/webjars/htmx.org/dist/htmx.min.js", "/webjars/htmx-ext-sse/sse.js",
                "/webjars/chart.js/dist/chart.umd.min.js", "/css/aisle.css", "/css/admin.css", "/js/aisle.js"}) {
            mvc.perform(get(asset)).andExpect(status().isOk());
        }
    }

    @Test
    void sendsGuestsToSignInForAdminPagesAndRefusesCustomersWith403() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin").with(signedIn(newCustomer()))).andExpect(status().isForbidden());
    }
}
