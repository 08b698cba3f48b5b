package io.aisle.admin.customers;

import io.aisle.admin.internal.Pager;
import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.insights.CustomerInsight;
import io.aisle.insights.CustomerInsights;
import io.aisle.modeling.ModelingProperties;
import io.aisle.insights.ModelRegistry;
import io.aisle.modeling.ModelTarget;
import io.aisle.ordering.CustomerOrderStats;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.platform.Htmx;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One customer: the account, what the active models say about them now in words (likely to buy again,
 * expected spend, why, how sure) with the numbers behind it, the order figures, and their orders newest
 * first, paged (htmx swaps the orders alone). Without active models the page says so instead of failing.
 */
@Controller
class CustomerPageController {

    static final int ORDERS_PAGE_SIZE = 10;

    private final AccountService accounts;
    private final CustomerOrderStats stats;
    private final OrderService orders;
    private final CustomerInsights insights;
    private final ModelRegistry registry;
    private final ModelingProperties properties;

    CustomerPageController(AccountService accounts, CustomerOrderStats stats, OrderService orders,
            CustomerInsights insights, ModelRegistry registry, ModelingProperties properties) {
        this.accounts = accounts;
        this.stats = stats;
        this.orders = orders;
        this.insights = insights;
        this.registry = registry;
        this.properties = properties;
    }

    @GetMapping("/admin/customers/{id}")
    String customer(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        User user = accounts.get(id);
        PageResult<Order> placed = orders.listMine(id, new PageQuery(page, ORDERS_PAGE_SIZE));
        model.addAttribute("customer", user);
        model.addAttribute("orderList", placed.content());
        model.addAttribute("pager", Pager.of(placed, request));
        if (Htmx.isPartial(request)) {
            return Htmx.view(request, response, "admin/customers/customer", "orders");
        }
        boolean modelsActive = Arrays.stream(ModelTarget.values()).allMatch(t -> registry.active(t).isPresent());
        CustomerInsight insight = modelsActive ? insights.forCustomer(id) : null;
        model.addAttribute("orders", stats.of(List.of(id)).get(id));
        model.addAttribute("stored", insights.scores(List.of(id)).get(id));
        model.addAttribute("insight", insight);
        model.addAttribute("horizonDays", properties.horizonDays());
        model.addAttribute("outlook", insight == null || !insight.scored() ? null
                : CustomerOutlook.of(insight, properties.horizonDays(),
                        registry.get(insight.prediction().churnModelId()).metrics(),
                        registry.get(insight.prediction().spendModelId()).metrics()));
        return Htmx.view(request, response, "admin/customers/customer", "orders");
    }
}
