package io.aisle.storefront.account;

import io.aisle.identity.EmailVerificationService;
import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.InvalidRequestException;
import io.aisle.identity.TooManyMailRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The verification link's page and a new link from the account page. Opening the link shows a button that posts the
 * token: a mail scanner that fetches links must not spend it, and the change stays behind CSRF protection.
 */
@Controller
class EmailVerificationPageController {

    private static final String PAGE = "storefront/account/verify-email";

    private final EmailVerificationService verifications;

    EmailVerificationPageController(EmailVerificationService verifications) {
        this.verifications = verifications;
    }

    @GetMapping("/verify-email")
    String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return PAGE;
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(defaultValue = "") String token, Optional<CurrentUser> user,
            RedirectAttributes redirect) {
        verifications.verify(token);
        redirect.addFlashAttribute("message", "Your email address is verified. Thank you!");
        return user.isPresent() ? "redirect:/account" : "redirect:/login?verified";
    }

    @PostMapping("/account/verification")
    String resend(CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
        verifications.resend(user.id(), request.getRemoteAddr());
        redirect.addFlashAttribute("message", "We sent a new link to " + user.email() + ". It may take a minute.");
        return "redirect:/account";
    }

    /** Asked too often, or verified already: the account page says so. */
    @ExceptionHandler({TooManyMailRequestsException.class, ConflictException.class})
    String notSent(AisleException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.detail());
        return "redirect:/account";
    }

    /** The link's token is unknown, used or expired. */
    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView linkInvalid() {
        ModelAndView page = new ModelAndView(PAGE, HttpStatus.BAD_REQUEST);
        page.addObject("token", "");
        page.addObject("linkInvalid", true);
        return page;
    }
}
