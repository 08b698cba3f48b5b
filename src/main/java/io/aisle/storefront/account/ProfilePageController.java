package io.aisle.storefront.account;

import io.aisle.identity.AccountService;
import io.aisle.identity.ProfileUpdate;
import io.aisle.identity.User;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's profile page and its two forms: name and phone, and a new password (confirmed with the
 * current one); addresses live in the address book ({@link AddressBookPageController}), which the page
 * links to with the default address. A form with errors shows the page again with the messages next to
 * its fields and the other form as it was.
 */
@Controller
class ProfilePageController {

    private static final String PAGE = "storefront/account/profile";
    private static final int MAX_PASSWORD_BYTES = 72;

    private final AccountService accounts;
    private final SessionSignIn session;

    ProfilePageController(AccountService accounts, SessionSignIn session) {
        this.accounts = accounts;
        this.session = session;
    }

    @GetMapping("/account")
    String profile(CurrentUser user, Model model) {
        return page(accounts.get(user.id()), model, null);
    }

    @PostMapping("/account")
    String saveProfile(CurrentUser user, @Valid ProfileForm profileForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(accounts.get(user.id()), model, "Your details were not saved: please check the highlighted fields.");
        }
        accounts.update(user.id(), new ProfileUpdate(profileForm.fullName(), profileForm.phone(), null, null, null, null));
        redirect.addFlashAttribute("message", "Your details are saved.");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(CurrentUser user, @Valid PasswordForm passwordForm, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasFieldErrors("newPassword")
                && passwordForm.newPassword().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.rejectValue("newPassword", "tooLong", "Use a shorter password.");
        }
        if (errors.hasErrors()) {
            return page(accounts.get(user.id()), model, "Your password was not changed: please check the highlighted fields.");
        }
        accounts.update(user.id(), new ProfileUpdate(null, null, null, passwordForm.currentPassword(),
                passwordForm.newPassword(), null));
        // the change ends every session of the account, on every device; this one signs in afresh and stays
        session.signIn(user.email(), request, response);
        redirect.addFlashAttribute("message", "Your password is changed. Other devices are signed out.");
        return "redirect:/account";
    }

    /** Turns e-mail reminders of a cart left for a while on or off (an unticked box sends nothing: off). */
    @PostMapping("/account/reminders")
    String cartReminders(CurrentUser user, @RequestParam(defaultValue = "false") boolean cartReminders,
            RedirectAttributes redirect) {
        accounts.update(user.id(), ProfileUpdate.cartReminders(cartReminders));
        redirect.addFlashAttribute("message", cartReminders
                ? "We will remind you of a cart you leave." : "We will not remind you of carts you leave.");
        return "redirect:/account";
    }

    /** The one refusal left after validation: the current password is not right. */
    @ExceptionHandler(InvalidRequestException.class)
    String wrongPassword(RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "Your password was not changed.");
        redirect.addFlashAttribute("currentPasswordError", "This is not your current password.");
        return "redirect:/account#password";
    }

    private static String page(User account, Model model, String error) {
        model.addAttribute("account", account);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", ProfileForm.of(account));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", PasswordForm.EMPTY);
        }
        if (error != null) {
            model.addAttribute("error", error);
        }
        return PAGE;
    }
}
