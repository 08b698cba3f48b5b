package io.aisle.admin.customers;

import io.aisle.platform.Htmx;
import io.aisle.admin.internal.Pager;
import io.aisle.identity.AccountService;
import io.aisle.identity.User;
import io.aisle.ordering.CustomerOrderStats;
import io.aisle.ordering.CustomerOrderStats.Ranking;
import io.aisle.ordering.CustomerOrderSummary;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customers with their order figures. Accounts belong to identity and orders to ordering, so a page is
 * put together from both: newest accounts first with their figures, or the ordering module's ranking of
 * customers by total spent or last order with their accounts.
 */
@Controller
class CustomerListPageController {

    static final int PAGE_SIZE = 25;

    private final AccountService accounts;
    private final CustomerOrderStats stats;

    CustomerListPageController(AccountService accounts, CustomerOrderStats stats) {
        this.accounts = accounts;
        this.stats = stats;
    }

    @GetMapping("/admin/customers")
    String list(@RequestParam(defaultValue = "joined") String sort, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        CustomerSort by = CustomerSort.parse(sort);
        PageQuery query = new PageQuery(page, PAGE_SIZE);
        PageResult<CustomerRow> rows = by.ranking == null ? newest(query) : ranked(by.ranking, query);
        model.addAttribute("customers", rows.content());
        model.addAttribute("sort", by);
        model.addAttribute("pager", Pager.of(rows, request));
        return Htmx.view(request, response, "admin/customers/list", "results");
    }

    private PageResult<CustomerRow> newest(PageQuery query) {
        PageResult<User> users = accounts.list(query);
        Map<Long, CustomerOrderSummary> figures = stats.of(users.content().stream().map(User::id).toList());
        return users.map(user -> CustomerRow.of(user, figures.get(user.id())));
    }

    private PageResult<CustomerRow> ranked(Ranking ranking, PageQuery query) {
        PageResult<CustomerOrderSummary> figures = stats.ranked(ranking, query);
        Map<Long, User> users = accounts.findAll(figures.content().stream().map(CustomerOrderSummary::userId).toList());
        return figures.map(customer -> CustomerRow.of(users.get(customer.userId()), customer));
    }
}
