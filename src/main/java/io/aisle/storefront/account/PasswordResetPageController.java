package io.aisle.storefront.account;

import io.aisle.identity.PasswordResetService;
import io.aisle.identity.TooManyMailRequestsException;
import io.aisle.platform.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot password?": the address form, the "check your inbox" page (shown alike whether the address has an account
 * or not), and the reset link's form, which sets the new password, signs the account out everywhere (this browser
 * too) and sends the customer to sign in with it.
 */
@Controller
class PasswordResetPageController {

    private static final String FORGOT = "storefront/account/forgot-password";
    private static final String RESET = "storefront/account/reset-password";

    private final PasswordResetService resets;
    private final SessionSignIn session;

    PasswordResetPageController(PasswordResetService resets, SessionSignIn session) {
        this.resets = resets;
        this.session = session;
    }

    @GetMapping("/forgot-password")
    String forgot(Model model) {
        model.addAttribute("forgotPasswordForm", new ForgotPasswordForm(""));
        return FORGOT;
    }

    @PostMapping("/forgot-password")
    String requestLink(@Valid ForgotPasswordForm forgotPasswordForm, BindingResult errors, HttpServletRequest request,
            Model model) {
        if (errors.hasErrors()) {
            return FORGOT;
        }
        try {
            resets.request(forgotPasswordForm.email(), request.getRemoteAddr());
        } catch (TooManyMailRequestsException e) {
            model.addAttribute("error", e.detail());
            return FORGOT;
        }
        return "redirect:/forgot-password/sent";
    }

    @GetMapping("/forgot-password/sent")
    String sent() {
        return "storefront/account/forgot-password-sent";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("resetPasswordForm", new ResetPasswordForm(token, "", ""));
        return RESET;
    }

    @PostMapping("/reset-password")
    String reset(@Valid ResetPasswordForm resetPasswordForm, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response) {
        String password = resetPasswordForm.newPassword();
        if (!errors.hasFieldErrors("newPassword") && password.getBytes(StandardCharsets.UTF_8).length > 72) {
            errors.rejectValue("newPassword", "tooLong", "Use a shorter password.");
        }
        if (!errors.hasFieldErrors("confirmPassword") && !errors.hasFieldErrors("newPassword")
                && !password.equals(resetPasswordForm.confirmPassword())) {
            errors.rejectValue("confirmPassword", "mismatch", "The two passwords are not the same.");
        }
        if (errors.hasErrors()) {
            return RESET;
        }
        resets.confirm(resetPasswordForm.token(), password);
        // every session of the account has ended; this browser's too, whoever was signed in here
        session.signOut(request, response);
        return "redirect:/login?reset";
    }

    /** Asked too often for this address or from this client: the form again, with how long to wait. */
    @ExceptionHandler(TooManyMailRequestsException.class)
    String throttled(TooManyMailRequestsException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.detail());
        return "redirect:/forgot-password";
    }

    /** The one refusal left after validation: the link's token is unknown, used or expired. */
    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView linkInvalid() {
        ModelAndView page = new ModelAndView(RESET, HttpStatus.BAD_REQUEST);
        page.addObject("resetPasswordForm", new ResetPasswordForm("", "", ""));
        page.addObject("linkInvalid", true);
        return page;
    }
}
