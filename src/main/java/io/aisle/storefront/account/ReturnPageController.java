package io.aisle.storefront.account;

import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.RequestedReturn;
import io.aisle.returns.ReturnService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Return items" form of an order's page, for a customer's order and for a guest's through its link. The form
 * lists each returnable line's product and a quantity (0 or blank: not returned); a refusal (window passed, units
 * taken meanwhile, a bad quantity) goes back to the order's page saying why.
 */
@Controller
class ReturnPageController {

    private final ReturnService returns;

    ReturnPageController(ReturnService returns) {
        this.returns = returns;
    }

    @PostMapping("/account/orders/{id:\\d+}/returns")
    String request(CurrentUser user, @PathVariable long id, ReturnPageForm form, RedirectAttributes redirect) {
        RequestedReturn made = returns.request(user.id(), id, form.toRequest(), form.token());
        return requested(made, redirect, "redirect:/account/orders/" + id);
    }

    @PostMapping("/orders/{secret:[A-Za-z0-9_-]{20,100}}/returns")
    String requestAsGuest(@PathVariable String secret, ReturnPageForm form, RedirectAttributes redirect) {
        RequestedReturn made = returns.requestByLink(secret, form.toRequest(), form.token());
        return requested(made, redirect, "redirect:/orders/" + secret);
    }

    /** Back to the order's page, saying why nothing was requested. */
    @ExceptionHandler({ConflictException.class, InvalidRequestException.class})
    String refused(AisleException refusal, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", refusal.detail());
        String uri = request.getRequestURI();
        return "redirect:" + uri.substring(0, uri.length() - "/returns".length());
    }

    private static String requested(RequestedReturn made, RedirectAttributes redirect, String back) {
        redirect.addFlashAttribute("message", "Return #" + made.value().id() + " is requested. We will tell you by "
                + "e-mail when it is approved and where to send the items.");
        return back;
    }
}
