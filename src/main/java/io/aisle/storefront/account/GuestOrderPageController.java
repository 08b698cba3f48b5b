package io.aisle.storefront.account;

import io.aisle.identity.AccountService;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.Refunds;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.LiveEvents;
import io.aisle.storefront.internal.OrderStatusStream;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A guest's order page, opened by the secret in its link (anyone with the link sees the order, as with a
 * parcel's tracking link; a wrong secret is a 404). It follows the order live like a customer's order page. A
 * signed-in customer whose e-mail the order was placed with can move it into their account.
 */
@Controller
class GuestOrderPageController {

    private final OrderService orders;
    private final AccountService accounts;
    private final OrderStatusStream statusStream;
    private final Refunds refunds;
    private final ReturnsOnOrderPage returns;

    GuestOrderPageController(OrderService orders, AccountService accounts, OrderStatusStream statusStream,
            Refunds refunds, ReturnsOnOrderPage returns) {
        this.refunds = refunds;
        this.orders = orders;
        this.accounts = accounts;
        this.statusStream = statusStream;
        this.returns = returns;
    }

    @GetMapping("/orders/{secret:[A-Za-z0-9_-]{20,100}}")
    String order(@PathVariable String secret, Optional<CurrentUser> user, Model model) {
        Order order = orders.getByLink(secret);
        model.addAttribute("order", order);
        model.addAttribute("guestSecret", secret);
        model.addAttribute("canAttach", order.guest() && user.isPresent()
                && accounts.get(user.get().id()).email().equalsIgnoreCase(order.email()));
        model.addAttribute("refunds", refunds.of(order.id()));
        returns.addTo(model, order, "/orders/" + secret + "/returns");
        return "storefront/account/order";
    }

    @GetMapping(path = "/orders/{secret:[A-Za-z0-9_-]{20,100}}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable String secret,
            @RequestParam(name = "shown", required = false) OrderStatus shown,
            @RequestHeader(name = LiveEvents.LAST_EVENT_ID, required = false) String lastEventId) {
        return statusStream.open(orders.getByLink(secret), shown, lastEventId);
    }

    @PostMapping("/orders/{secret:[A-Za-z0-9_-]{20,100}}/attach")
    String attach(@PathVariable String secret, CurrentUser user, RedirectAttributes redirect) {
        Order order = orders.attachGuestOrder(secret, user.id(), accounts.get(user.id()).email());
        redirect.addFlashAttribute("message", "This order is now in your account.");
        return "redirect:/account/orders/" + order.id();
    }
}
