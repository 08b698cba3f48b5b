package io.aisle.storefront.account;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST to /login and the sign-out POST to /logout. */
@Controller
class SignInPageController {

    /**
     * The form, with why the last attempt failed: {@code ?error}, {@code ?throttled=<seconds to wait>} or
     * {@code ?ended} (the session ended because the password was changed or the account deleted).
     */
    @GetMapping("/login")
    String signIn(@RequestParam Optional<String> throttled, Model model) {
        throttled.filter(seconds -> seconds.matches("[0-9]{1,6}"))
                .ifPresent(seconds -> model.addAttribute("retryInSeconds", Long.parseLong(seconds)));
        return "storefront/account/login";
    }
}
