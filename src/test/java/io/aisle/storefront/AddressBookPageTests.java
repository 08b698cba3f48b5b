package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.identity.AddressBook;
import io.aisle.identity.PostalAddress;
import io.aisle.identity.SavedAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AddressBookPageTests extends StorefrontTest {

    @Autowired
    private AddressBook addressBook;

    @Test
    void addsAnAddressFromTheFormWithItsRegionAndShowsItAsTheDefault() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(form(customer, post("/account/addresses"), "US", "CA", "94105"))
                .andExpect(redirectedUrl("/account/addresses"))
                .andExpect(flash().attribute("message", "The address is saved."));

        assertThat(addressBook.list(customer.id())).singleElement().satisfies(saved -> {
            assertThat(saved.isDefault()).isTrue();
            assertThat(saved.address().region()).isEqualTo("CA");
        });
        mvc.perform(get("/account/addresses").with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Default address"), containsString("1 Market Street"),
                        containsString("94105 San Francisco, CA"), containsString("United States"))));
    }

    @Test
    void showsABadPostalCodeOrAMissingStateNextToTheFieldAndSavesNothing() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(form(customer, post("/account/addresses"), "GB", "", "123"))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/account/address-form"))
                .andExpect(content().string(allOf(containsString("id=\"postalCode-error\""),
                        containsString("Enter a postal code of United Kingdom, like SW1A 1AA."),
                        containsString("value=\"1 Market Street\""))));
        mvc.perform(form(customer, post("/account/addresses"), "US", "", "94105"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"region-error\""),
                        containsString("Choose the state or province of United States."))));

        assertThat(addressBook.list(customer.id())).isEmpty();
    }

    @Test
    void editsMakesDefaultAndDeletesAddresses() throws Exception {
        Customer customer = newCustomer();
        SavedAddress home = addressBook.add(customer.id(), address("Home", "10115"), false);
        SavedAddress work = addressBook.add(customer.id(), address("Work", "10117"), false);

        mvc.perform(get("/account/addresses/{id}", work.id()).with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("value=\"Work\""), containsString("value=\"10117\""))));
        mvc.perform(form(customer, post("/account/addresses/{id}", work.id()), "DE", "", "10119"))
                .andExpect(redirectedUrl("/account/addresses"));
        assertThat(addressBook.get(customer.id(), work.id()).address().postalCode()).isEqualTo("10119");

        mvc.perform(post("/account/addresses/{id}/default", work.id()).with(signedIn(customer)).with(csrf()))
                .andExpect(redirectedUrl("/account/addresses"));
        assertThat(addressBook.defaultFor(customer.id())).get().extracting(SavedAddress::id).isEqualTo(work.id());

        mvc.perform(post("/account/addresses/{id}/delete", work.id()).with(signedIn(customer)).with(csrf()))
                .andExpect(redirectedUrl("/account/addresses"));
        assertThat(addressBook.list(customer.id())).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(home.id());
            assertThat(saved.isDefault()).isTrue();
        });
    }

    @Test
    void anotherCustomersAddressIsNotFoundOnThePages() throws Exception {
        Customer owner = newCustomer();
        Customer other = newCustomer();
        SavedAddress saved = addressBook.add(owner.id(), address("Owner", "10115"), false);

        mvc.perform(get("/account/addresses/{id}", saved.id()).with(signedIn(other))).andExpect(status().isNotFound());
        mvc.perform(post("/account/addresses/{id}/delete", saved.id()).with(signedIn(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/addresses").with(signedIn(other)))
                .andExpect(content().string(not(containsString("Owner"))));
        assertThat(addressBook.list(owner.id())).hasSize(1);
    }

    @Test
    void theRegionFieldFollowsTheCountry() throws Exception {
        mvc.perform(get("/account/addresses/new").with(signedIn(newCustomer())))
                .andExpect(content().string(allOf(containsString("hx-get=\"/addresses/region-field\""),
                        containsString("hx-target=\"#region-field\""), containsString("value=\"NY\""),
                        containsString("New York"))));
        mvc.perform(get("/addresses/region-field").param("country", "CA").with(htmx()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<select"), containsString("value=\"QC\""),
                        containsString("Quebec"))));
        mvc.perform(get("/addresses/region-field").param("country", "DE").with(htmx()))
                .andExpect(content().string(allOf(containsString("<input"), containsString("(optional)"),
                        not(containsString("<select")))));
    }

    @Test
    void theProfilePageLinksToTheAddressBookInsteadOfAnAddressForm() throws Exception {
        Customer customer = newCustomer();
        addressBook.add(customer.id(), address("Ada Home", "10115"), false);

        mvc.perform(get("/account").with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("href=\"/account/addresses\""),
                        containsString("Default: Ada Home, 1 Market Street, 10115 Berlin, Germany"),
                        not(containsString("id=\"address-form\"")), not(containsString("Checkout starts from this address")))));
    }

    private static PostalAddress address(String name, String postalCode) {
        return new PostalAddress(name, null, "1 Market Street", null, "Berlin", null, postalCode, "DE", null);
    }

    private MockHttpServletRequestBuilder form(Customer customer, MockHttpServletRequestBuilder request, String country,
            String region, String postalCode) {
        return request.with(signedIn(customer)).with(csrf())
                .param("fullName", "Ada Lovelace").param("line1", "1 Market Street")
                .param("city", "San Francisco").param("country", country).param("region", region)
                .param("postalCode", postalCode);
    }
}
