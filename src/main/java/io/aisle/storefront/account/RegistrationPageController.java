package io.aisle.storefront.account;

import io.aisle.identity.AccountService;
import io.aisle.identity.RegistrationForm;
import io.aisle.identity.User;
import io.aisle.platform.CurrentUser;
import io.aisle.storefront.cart.GuestCartMerge;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Creating an account signs the customer in at once, moves the guest cart into the account, and goes
 * on to where the customer was going before they were asked to sign in (or the home page).
 */
@Controller
class RegistrationPageController {

    private static final String PAGE = "storefront/account/register";

    private final AccountService accounts;
    private final SessionSignIn session;
    private final GuestCartMerge guestCart;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    RegistrationPageController(AccountService accounts, SessionSignIn session, GuestCartMerge guestCart) {
        this.accounts = accounts;
        this.session = session;
        this.guestCart = guestCart;
    }

    @GetMapping("/register")
    String form(Optional<CurrentUser> user, Model model) {
        if (user.isPresent()) {
            return "redirect:/account";
        }
        model.addAttribute("registrationForm", new RegistrationForm("", "", ""));
        return PAGE;
    }

    @PostMapping("/register")
    String register(@Valid RegistrationForm registrationForm, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("email") && accounts.findByEmail(registrationForm.email()).isPresent()) {
            errors.rejectValue("email", "taken", "An account with this email already exists. Sign in instead.");
        }
        if (errors.hasErrors()) {
            model.addAttribute("error", "Your account was not created: please check the highlighted fields.");
            return PAGE;
        }
        User user = accounts.register(registrationForm);
        session.signIn(user.email(), request, response);
        StringBuilder welcome = new StringBuilder("Welcome to Aisle, ").append(user.fullName())
                .append("! Your account is ready. We sent a link to ").append(user.email())
                .append(" to verify your address.");
        guestCart.merge(user.id(), request).ifPresent(outcome -> {
            if (outcome.done()) {
                welcome.append(' ').append(outcome.message());
            } else {
                redirect.addFlashAttribute("warning", outcome.message());
            }
        });
        redirect.addFlashAttribute("message", welcome.toString());
        return "redirect:" + whereTheCustomerWasGoing(request, response);
    }

    private String whereTheCustomerWasGoing(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }
}
