package io.aisle.storefront.account;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.Refunds;
import io.aisle.ordering.Shipments;
import io.aisle.platform.ConflictException;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.LiveEvents;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.storefront.internal.OrderStatusStream;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's orders. An order's page listens to {@code /account/orders/{id}/events}, where its new
 * status arrives when the shop ships or delivers it; another customer's order is a 404 everywhere.
 */
@Controller
class OrderPageController {

    private static final int PER_PAGE = 10;

    private final OrderService orders;
    private final Shipments shipments;
    private final OrderStatusStream statusStream;
    private final Refunds refunds;
    private final ReturnsOnOrderPage returns;

    OrderPageController(OrderService orders, Shipments shipments, OrderStatusStream statusStream, Refunds refunds,
            ReturnsOnOrderPage returns) {
        this.refunds = refunds;
        this.orders = orders;
        this.shipments = shipments;
        this.statusStream = statusStream;
        this.returns = returns;
    }

    @GetMapping("/account/orders")
    String list(CurrentUser user, @RequestParam(defaultValue = "1") String page, Model model) {
        int index = pageIndex(page);
        PageResult<Order> mine = orders.listMine(user.id(), new PageQuery(index, PER_PAGE));
        List<String> links = IntStream.range(0, mine.page().totalPages())
                .mapToObj(n -> n == 0 ? "/account/orders" : "/account/orders?page=" + (n + 1)).toList();
        model.addAttribute("orders", mine);
        model.addAttribute("pageLinks", links);
        return "storefront/account/orders";
    }

    @GetMapping("/account/orders/{id:\\d+}")
    String order(CurrentUser user, @PathVariable long id, Model model) {
        Order order = orders.getMine(user.id(), id);
        model.addAttribute("order", order);
        model.addAttribute("shipment", shipments.latest(order.id()).orElse(null));
        model.addAttribute("refunds", refunds.of(order.id()));
        returns.addTo(model, order, "/account/orders/" + id + "/returns");
        return "storefront/account/order";
    }

    @GetMapping(path = "/account/orders/{id:\\d+}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(CurrentUser user, @PathVariable long id,
            @RequestParam(name = "shown", required = false) OrderStatus shown,
            @RequestHeader(name = LiveEvents.LAST_EVENT_ID, required = false) String lastEventId) {
        return statusStream.open(orders.getMine(user.id(), id), shown, lastEventId); // only the owner listens
    }

    @PostMapping("/account/orders/{id:\\d+}/cancel")
    String cancel(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        orders.cancel(user.id(), id);
        redirect.addFlashAttribute("message", "Your order is cancelled. The payment will be refunded to your card.");
        return "redirect:/account/orders/{id}";
    }

    /** Cancelling an order that has shipped meanwhile. */
    @ExceptionHandler(ConflictException.class)
    String notCancelled(RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "This order can no longer be cancelled: it is already on its way.");
        return "redirect:/account/orders/{id}";
    }

    private static int pageIndex(String page) {
        try {
            return Math.max(0, Integer.parseInt(page) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
