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

import io.aisle.PublishedEvents;
import io.aisle.identity.AccountService;
import io.aisle.identity.EmailVerificationRequested;
import io.aisle.identity.PasswordResetRequested;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The storefront's "forgot password", reset and verification pages, as a browser without JavaScript uses them. */
class AccountRecoveryPageTests extends StorefrontTest {

    @RegisterExtension
    final PublishedEvents events = new PublishedEvents();

    @Autowired
    private AccountService accounts;

    @Test
    void theSignInPageLeadsToAForgotPasswordFormThatAnswersAlikeForEveryAddress() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/forgot-password\"")));
        mvc.perform(get("/forgot-password")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"forgot-password-form\"")));

        for (String email : List.of(customer.email(), unique("nobody") + "@example.com")) {
            mvc.perform(post("/forgot-password").with(csrf()).param("email", email))
                    .andExpect(redirectedUrl("/forgot-password/sent"));
        }
        mvc.perform(get("/forgot-password/sent")).andExpect(content().string(containsString("Check your inbox")));
        assertThat(resetsOf(customer)).hasSize(1);

        mvc.perform(post("/forgot-password").param("email", customer.email())).andExpect(status().isForbidden());
        mvc.perform(post("/forgot-password").with(csrf()).param("email", "not an address"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"email-error\"")));
        assertThat(resetsOf(customer)).hasSize(1);
    }

    @Test
    void theResetLinkSetsTheNewPasswordTypedTwiceAndSignsOutEverywhere() throws Exception {
        Customer customer = newCustomer();
        MockHttpSession elsewhere = new MockHttpSession();
        formSignIn(elsewhere, customer);
        mvc.perform(post("/forgot-password").with(csrf()).param("email", customer.email()));
        String token = resetsOf(customer).get(0).token();

        mvc.perform(get("/reset-password").param("token", token))
                .andExpect(content().string(allOf(containsString("id=\"reset-password-form\""),
                        containsString("value=\"" + token + "\""))));
        mvc.perform(post("/reset-password").with(csrf()).param("token", token)
                        .param("newPassword", "a-brand-new-password").param("confirmPassword", "a-different-one"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"confirmPassword-error\"")));
        mvc.perform(post("/reset-password").with(csrf()).param("token", token)
                        .param("newPassword", "a-brand-new-password").param("confirmPassword", "a-brand-new-password"))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(get("/login").param("reset", "")).andExpect(content().string(containsString("id=\"password-reset\"")));
        mvc.perform(get("/account").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        formSignIn(new MockHttpSession(), new Customer(customer.id(), customer.email(), "a-brand-new-password",
                null, null));
    }

    @Test
    void aUsedOrUnknownResetLinkSaysSoAndOffersANewOne() throws Exception {
        mvc.perform(post("/reset-password").with(csrf()).param("token", "not-a-token")
                        .param("newPassword", "a-brand-new-password").param("confirmPassword", "a-brand-new-password"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"link-invalid\""),
                        containsString("href=\"/forgot-password\""), not(containsString("id=\"reset-password-form\"")))));
    }

    @Test
    void aNewAccountGetsAVerificationLinkWhoseButtonVerifiesIt() throws Exception {
        String email = unique("new") + "@example.com";
        mvc.perform(post("/register").with(csrf())
                        .param("email", email).param("password", "long-enough-pw").param("fullName", "Grace Hopper"))
                .andExpect(flash().attribute("message", containsString("We sent a link to " + email)));
        long id = accounts.findByEmail(email).orElseThrow().id();
        String token = events.of(EmailVerificationRequested.class).stream().filter(event -> event.userId() == id)
                .findFirst().orElseThrow().token();

        mvc.perform(get("/verify-email").param("token", token))
                .andExpect(content().string(allOf(containsString("id=\"verify-email-form\""),
                        containsString("value=\"" + token + "\""))));
        assertThat(accounts.get(id).verified()).isFalse(); // opening the link (a mail scanner, too) changes nothing

        mvc.perform(post("/verify-email").with(csrf()).param("token", token)).andExpect(redirectedUrl("/login?verified"));
        assertThat(accounts.get(id).verified()).isTrue();
        mvc.perform(post("/verify-email").with(csrf()).param("token", token)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"link-invalid\"")));
    }

    @Test
    void theAccountPageSaysWhetherTheAddressIsVerifiedAndSendsANewLink() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(get("/account").with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("id=\"email-unverified\""),
                        containsString("id=\"resend-verification-form\""))));

        mvc.perform(post("/account/verification").with(signedIn(customer)).with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("message", containsString(customer.email())));
        List<EmailVerificationRequested> links = events.of(EmailVerificationRequested.class).stream()
                .filter(event -> event.userId() == customer.id()).toList();
        assertThat(links).hasSize(2); // the one of the sign-up, and the new one

        mvc.perform(post("/verify-email").with(signedIn(customer)).with(csrf()).param("token", links.get(1).token()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("id=\"email-verified\""),
                        not(containsString("id=\"resend-verification-form\"")))));
    }

    @Test
    void theAccountPageTurnsCartRemindersOnAndOff() throws Exception {
        Customer customer = newCustomer();
        mvc.perform(get("/account").with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("Remind me of a cart I leave"),
                        not(containsString("checked")))));

        mvc.perform(post("/account/reminders").with(signedIn(customer)).with(csrf()).param("cartReminders", "true"))
                .andExpect(redirectedUrl("/account"));
        assertThat(accounts.get(customer.id()).cartReminders()).isTrue();
        mvc.perform(get("/account").with(signedIn(customer))).andExpect(content().string(containsString("checked")));

        mvc.perform(post("/account/reminders").with(signedIn(customer)).with(csrf())).andExpect(redirectedUrl("/account"));
        assertThat(accounts.get(customer.id()).cartReminders()).isFalse();
    }

    private List<PasswordResetRequested> resetsOf(Customer customer) {
        return events.of(PasswordResetRequested.class).stream().filter(event -> event.userId() == customer.id()).toList();
    }
}
