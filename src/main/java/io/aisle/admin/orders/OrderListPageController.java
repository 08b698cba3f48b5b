package io.aisle.admin.orders;

import io.aisle.admin.internal.CsvWriter;
import io.aisle.admin.internal.CustomerLabel;
import io.aisle.platform.Htmx;
import io.aisle.admin.internal.Pager;
import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every customer's orders, newest first, filtered by status ({@code ?status=PAID}, kept in the URL), and
 * their CSV export. Choosing a status or a page swaps only the results ({@code #order-results}).
 */
@Controller
class OrderListPageController {

    static final int PAGE_SIZE = 20;

    private final OrderService orders;
    private final AccountService accounts;
    private final Clock clock;

    OrderListPageController(OrderService orders, AccountService accounts, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/admin/orders")
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        OrderStatus filter = parse(status);
        PageResult<Order> result = orders.list(filter, new PageQuery(page, PAGE_SIZE));
        model.addAttribute("orders", OrderRow.of(result.content(), customersOf(result.content())));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("pager", Pager.of(result, request));
        return Htmx.view(request, response, "admin/orders/list", "results");
    }

    /** Every order in the status (or all of them), newest first. */
    @GetMapping("/admin/orders.csv")
    void export(@RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
        OrderStatus filter = parse(status);
        String name = filter == null ? "all" : filter.name().toLowerCase(Locale.ROOT);
        CsvWriter.download(response, "orders-" + name + "-" + LocalDate.now(clock) + ".csv")
                .row("id", "placed_at", "status", "customer", "ship_to", "city", "postal_code", "country", "items",
                        "subtotal", "shipping_fee", "total", "currency", "payment_reference", "shipped_at",
                        "delivered_at", "cancelled_at")
                .pages(page -> orders.list(filter, page), (csv, rows) -> {
                    Map<Long, User> customers = customersOf(rows);
                    rows.forEach(o -> csv.row(o.id(), o.createdAt(), o.status(), CustomerLabel.of(o.userId(), o.email(), customers),
                            o.shippingAddress().fullName(), o.shippingAddress().city(),
                            o.shippingAddress().postalCode(), o.shippingAddress().country(), o.itemCount(),
                            o.subtotal(), o.shippingFee(), o.total(), o.currency(), o.paymentReference(),
                            o.shippedAt(), o.deliveredAt(), o.cancelledAt()));
                });
    }

    private Map<Long, User> customersOf(List<Order> page) {
        return accounts.findAll(page.stream().map(Order::userId).filter(Objects::nonNull).toList());
    }

    private static OrderStatus parse(String status) {
        return status == null || status.isBlank() ? null : OrderStatus.parse(status);
    }
}
