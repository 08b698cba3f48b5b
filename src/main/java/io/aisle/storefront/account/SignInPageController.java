package io.aisle.storefront.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST to /login and the sign-out POST to /logout. */
@Controller
class SignInPageController {

    @GetMapping("/login")
    String signIn() {
        return "storefront/account/login";
    }
}
