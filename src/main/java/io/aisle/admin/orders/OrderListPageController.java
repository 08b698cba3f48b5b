package io.aisle.admin.orders;

import io.aisle.admin.internal.Pager;
import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.ordering.Carrier;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.platform.Htmx;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every customer's orders, newest first: searched by number, e-mail or name, filtered by status, payment
 * status and dates (all kept in the URL), with boxes to ship or export the selected orders. Searching,
 * filtering or a page swaps only the results ({@code #order-results}).
 */
@Controller
class OrderListPageController {

    static final int PAGE_SIZE = 20;

    private final OrderService orders;
    private final AccountService accounts;

    OrderListPageController(OrderService orders, AccountService accounts) {
        this.orders = orders;
        this.accounts = accounts;
    }

    @GetMapping("/admin/orders")
    String list(@ModelAttribute("filters") OrderFilters filters, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        PageResult<Order> result = orders.search(filters.search(), new PageQuery(page, PAGE_SIZE));
        model.addAttribute("orders", OrderRow.of(result.content(), customersOf(result.content())));
        model.addAttribute("exportHref", withQuery(request, "/admin/orders.csv").replaceQueryParam("page").toUriString());
        model.addAttribute("paymentStatuses", OrderFilters.PAYMENT_STATUSES);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("carriers", Carrier.values());
        model.addAttribute("pager", Pager.of(result, request));
        return Htmx.view(request, response, "admin/orders/list", "results");
    }

    private Map<Long, User> customersOf(List<Order> page) {
        return accounts.findAll(page.stream().map(Order::userId).filter(Objects::nonNull).toList());
    }

    /** This path with the request's query string. */
    static UriComponentsBuilder withQuery(HttpServletRequest request, String path) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query));
    }
}
