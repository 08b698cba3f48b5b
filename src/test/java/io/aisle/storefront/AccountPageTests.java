package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import io.aisle.StoredSessionCookies;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpSession;

class AccountPageTests extends StorefrontTest {

    @Autowired
    private AccountService accounts;

    @Test
    void registersSignsInAndBringsTheGuestCartAlong() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long id = product(unique("Welcome lamp"), "15.00", 5);
        addToCart(session, id, 2);
        String email = unique("new") + "@example.com";
        mvc.perform(post("/register").session(session).with(csrf())
                        .param("email", email).param("password", "long-enough-pw").param("fullName", "Grace Hopper"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("message", allOf(startsWith("Welcome to Aisle, Grace Hopper!"),
                        containsString("We moved the items"))));
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(email),
                        containsString("id=\"cart-count\" class=\"badge-count\">2<"))));
        long userId = accounts.findByEmail(email).orElseThrow().id();
        assertThat(carts.view(userId).itemCount()).isEqualTo(2);
    }

    @Test
    void showsRegistrationMistakesNextToTheFields() throws Exception {
        Customer existing = newCustomer();
        mvc.perform(post("/register").with(csrf())
                        .param("email", existing.email()).param("password", "short").param("fullName", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/account/register"))
                .andExpect(content().string(allOf(containsString("id=\"email-error\""),
                        containsString("An account with this email already exists"), containsString("id=\"password-error\""),
                        containsString("id=\"fullName-error\""), containsString(">Create account</button>"))));
    }

    @Test
    void sendsGuestsToSignInForAccountPages() throws Exception {
        for (String page : new String[] {"/account", "/account/orders", "/account/wishlist", "/account/addresses", "/account/delete"}) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void savesTheProfile() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(post("/account").with(signedIn(customer)).with(csrf())
                        .param("fullName", "Ada <b>Lovelace</b>").param("phone", "+44 20 7946 0000"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("message", "Your details are saved."));
        User saved = accounts.get(customer.id());
        assertThat(saved.fullName()).isEqualTo("Ada <b>Lovelace</b>");
        mvc.perform(get("/account").with(signedIn(customer)))
                .andExpect(content().string(containsString("value=\"Ada &lt;b&gt;Lovelace&lt;/b&gt;\"")));
    }

    @Test
    void showsProfileMistakesNextToTheFields() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(post("/account").with(signedIn(customer)).with(csrf()).param("fullName", " ").param("phone", "call me"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"fullName-error\""), containsString("id=\"phone-error\""),
                        containsString("Your details were not saved"))));
    }

    @Test
    void controlCharactersInAFormFieldAreDroppedBeforeSaving() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(post("/account").with(signedIn(customer)).with(csrf()).param("fullName", "Ada\u0000 Love\u001blace")
                        .param("phone", ""))
                .andExpect(redirectedUrl("/account"));
        assertThat(jdbc.sql("SELECT full_name FROM users WHERE id = :id").param("id", customer.id()).query(String.class)
                .single()).isEqualTo("Ada Lovelace");
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        Customer customer = newCustomer();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/account/password").session(session).with(signedIn(customer)).with(csrf())
                        .param("currentPassword", "wrong-password").param("newPassword", "brand-new-password"))
                .andExpect(redirectedUrl("/account#password"));
        mvc.perform(get("/account").session(session).with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("This is not your current password."),
                        containsString("id=\"currentPassword-error\""))));
        mvc.perform(post("/account/password").with(signedIn(customer)).with(csrf())
                        .param("currentPassword", customer.password()).param("newPassword", "brand-new-password"))
                .andExpect(flash().attribute("message", "Your password is changed. Other devices are signed out."));
        accounts.authenticate(customer.email(), "brand-new-password");
    }

    @Test
    void deletesTheAccountOnlyWithThePasswordThenSignsOut() throws Exception {
        Customer customer = newCustomer();
        MockHttpSession session = new MockHttpSession();
        formSignIn(session, customer);
        mvc.perform(post("/account/delete").session(session).with(csrf()).param("password", "not-it"))
                .andExpect(redirectedUrl("/account/delete"));
        mvc.perform(get("/account/delete").session(session))
                .andExpect(content().string(containsString("This password is not correct.")));
        String signedInCookie = StoredSessionCookies.of(session);
        mvc.perform(post("/account/delete").session(session).with(csrf()).param("password", customer.password()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("message", startsWith("Your account is deleted")));
        assertThat(accounts.findByEmail(customer.email())).isEmpty();
        assertThat(StoredSessionCookies.of(session)).as("the signed-in session is replaced").isNotEqualTo(signedInCookie);
        mvc.perform(get("/account").cookie(new Cookie(StoredSessionCookies.COOKIE, signedInCookie)))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void listsTheOpenOrdersWithTheRuleInsteadOfTheDeleteButtonAndRefusesTheDeletion() throws Exception {
        Customer customer = newCustomer();
        long product = product(unique("Parcel lamp"), "15.00", 5);
        api.post().uri("/api/v1/cart/items").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("productId", product, "quantity", 1)).exchange().expectStatus().isOk();
        Map<?, ?> order = api.post().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("shippingAddress", Map.of("fullName", "Ada", "line1", "1 Lane", "city", "London",
                        "postalCode", "W1A 1AA", "country", "GB")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        MockHttpSession session = new MockHttpSession();
        formSignIn(session, customer);

        mvc.perform(get("/account/delete").session(session))
                .andExpect(content().string(allOf(containsString("cannot be deleted: cancel the orders"),
                        containsString("href=\"/account/orders/" + order.get("id") + "\""),
                        containsString("paid, not shipped yet"), not(containsString("Delete my account</button>")))));
        mvc.perform(post("/account/delete").session(session).with(csrf()).param("password", customer.password()))
                .andExpect(redirectedUrl("/account/delete"))
                .andExpect(flash().attribute("error", startsWith("Your account was not deleted")));
        assertThat(accounts.findByEmail(customer.email())).isPresent();
    }

    @Test
    void signsOutWithAPostCarryingTheCsrfToken() throws Exception {
        Customer customer = newCustomer();
        MockHttpSession session = new MockHttpSession();
        formSignIn(session, customer);
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?signedOut"));
    }
}
