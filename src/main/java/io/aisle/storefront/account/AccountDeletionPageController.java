package io.aisle.storefront.account;

import io.aisle.identity.AccountService;
import io.aisle.ordering.OpenOrdersException;
import io.aisle.ordering.OrderService;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting the account: confirmed with the password, then the customer is signed out and the session ends.
 * While an order is open the page lists it and offers no delete button (the rule is ordering's).
 */
@Controller
class AccountDeletionPageController {

    private static final String PAGE = "storefront/account/delete";

    private final AccountService accounts;
    private final SessionSignIn session;
    private final OrderService orders;

    AccountDeletionPageController(AccountService accounts, SessionSignIn session, OrderService orders) {
        this.accounts = accounts;
        this.session = session;
        this.orders = orders;
    }

    @GetMapping("/account/delete")
    String confirm(CurrentUser user, Model model) {
        model.addAttribute("deleteAccountForm", new DeleteAccountForm(""));
        return page(user, model);
    }

    @PostMapping("/account/delete")
    String delete(CurrentUser user, @Valid DeleteAccountForm deleteAccountForm, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(user, model);
        }
        accounts.delete(user.id(), deleteAccountForm.password());
        session.signOut(request, response);
        redirect.addFlashAttribute("message", "Your account is deleted and you are signed out. Goodbye, and thank you "
                + "for shopping with us.");
        return "redirect:/";
    }

    /** The password did not match: nothing was deleted. */
    @ExceptionHandler(InvalidRequestException.class)
    String wrongPassword(RedirectAttributes redirect) {
        redirect.addFlashAttribute("passwordError", "This password is not correct. Your account was not deleted.");
        return "redirect:/account/delete";
    }

    /** An order was placed meanwhile (another tab): nothing was deleted, and the page now lists it. */
    @ExceptionHandler(OpenOrdersException.class)
    String openOrders(RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "Your account was not deleted: it has an open order.");
        return "redirect:/account/delete";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("openOrders", orders.openOrders(user.id()));
        model.addAttribute("rule", OpenOrdersException.RULE);
        return PAGE;
    }
}
