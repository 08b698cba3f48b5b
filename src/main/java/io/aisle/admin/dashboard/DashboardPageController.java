package io.aisle.admin.dashboard;

import io.aisle.platform.Htmx;
import io.aisle.admin.internal.OrderFeedItem;
import io.aisle.analytics.SalesReportService;
import io.aisle.analytics.SalesSummary;
import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.platform.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sales dashboard of a period: figures, charts, products running out, and the live feed of new
 * orders. A change of period swaps only the report ({@code #report}); the feed keeps its connection.
 */
@Controller
class DashboardPageController {

    static final int FEED_SIZE = 8;

    private final SalesReportService reports;
    private final OrderService orders;
    private final AccountService accounts;
    private final ChartData charts;
    private final Clock clock;

    DashboardPageController(SalesReportService reports, OrderService orders, AccountService accounts,
            ChartData charts, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.orders = orders;
        this.accounts = accounts;
        this.charts = charts;
    }

    @GetMapping("/admin")
    String dashboard(@Valid @ModelAttribute("period") PeriodForm period, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        // an impossible period is shown with its errors, next to the default report
        SalesSummary summary = result.hasErrors() ? reports.summary(null, null)
                : reports.summary(period.from(), period.to());
        if (!result.hasErrors()) {
            model.addAttribute("period", new PeriodForm(summary.from(), summary.to()));
        }
        model.addAttribute("summary", summary);
        // a period that includes today refreshes its figures when an order arrives on the live feed
        model.addAttribute("liveReport", !summary.to().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        model.addAttribute("charts", charts.of(summary));
        model.addAttribute("feed", recentOrders());
        return Htmx.view(request, response, "admin/dashboard/index", "report");
    }

    /** The feed starts with the latest orders; newer ones arrive live. */
    private List<OrderFeedItem> recentOrders() {
        List<Order> latest = orders.list(null, new PageQuery(0, FEED_SIZE)).content();
        Map<Long, User> customers = accounts.findAll(latest.stream().map(Order::userId).filter(Objects::nonNull).toList());
        return latest.stream().map(order -> OrderFeedItem.of(order, customers)).toList();
    }
}
