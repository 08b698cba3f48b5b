package io.aisle.storefront;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;

/** The web form's sign-in is throttled like the API's, and a web session ends with the password or the account. */
class SignInProtectionPageTests extends StorefrontTest {

    @Test
    void saysTooManyAttemptsWithTheWaitAfterRepeatedWrongPasswordsOnTheForm() throws Exception {
        Customer customer = newCustomer();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", customer.email()).param("password", "nope-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(post("/login").with(csrf()).param("username", customer.email()).param("password", customer.password()))
                .andExpect(redirectedUrlPattern("/login?throttled=*"));
        mvc.perform(get("/login").param("throttled", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many sign-in attempts.")))
                .andExpect(content().string(containsString("Try again in <span>2</span> s.")));
    }

    @Test
    void endsTheOtherWebSessionsButKeepsThisOneWhenThePasswordChanges() throws Exception {
        Customer customer = newCustomer();
        MockHttpSession here = new MockHttpSession();
        MockHttpSession elsewhere = new MockHttpSession();
        formSignIn(here, customer);
        formSignIn(elsewhere, customer);

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", customer.password()).param("newPassword", "a-brand-new-password"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(here)).andExpect(status().isOk());
        mvc.perform(get("/account/orders").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/login").param("ended", "")).andExpect(content().string(containsString("Your session has ended")));
    }

    @Test
    void endsTheWebSessionOfAnAccountDeletedThroughTheApi() throws Exception {
        Customer customer = newCustomer();
        MockHttpSession browser = new MockHttpSession();
        MockHttpSession htmxPage = new MockHttpSession();
        formSignIn(browser, customer);
        formSignIn(htmxPage, customer);

        api.method(HttpMethod.DELETE).uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("password", customer.password())).exchange().expectStatus().isNoContent();

        mvc.perform(get("/account").session(browser)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/cart").session(htmxPage).header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/login?ended"));
    }
}
