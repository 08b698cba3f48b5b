package io.aisle.admin.customers;

import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.ModelRegistry;
import io.aisle.modeling.ModelTarget;
import io.aisle.ordering.CustomerOrderStats;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One customer: the account, the order figures, and what the active models say about them now with the
 * features that moved each prediction most. Without active models the page says so instead of failing.
 */
@Controller
class CustomerPageController {

    private final AccountService accounts;
    private final CustomerOrderStats stats;
    private final CustomerInsights insights;
    private final ModelRegistry registry;

    CustomerPageController(AccountService accounts, CustomerOrderStats stats, CustomerInsights insights,
            ModelRegistry registry) {
        this.accounts = accounts;
        this.stats = stats;
        this.insights = insights;
        this.registry = registry;
    }

    @GetMapping("/admin/customers/{id}")
    String customer(@PathVariable long id, Model model) {
        User user = accounts.get(id);
        boolean modelsActive = Arrays.stream(ModelTarget.values()).allMatch(t -> registry.active(t).isPresent());
        model.addAttribute("customer", user);
        model.addAttribute("orders", stats.of(List.of(id)).get(id));
        model.addAttribute("stored", insights.scores(List.of(id)).get(id));
        model.addAttribute("insight", modelsActive ? insights.forCustomer(id) : null);
        return "admin/customers/customer";
    }
}
