package io.aisle.admin.customers;

import io.aisle.platform.Htmx;
import io.aisle.admin.internal.Pager;
import io.aisle.identity.AccountService;
import io.aisle.identity.CustomerDirectory;
import io.aisle.identity.CustomerSearch;
import io.aisle.identity.User;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.CustomerScore;
import io.aisle.modeling.ModelingProperties;
import io.aisle.insights.RankedCustomer;
import io.aisle.ordering.CustomerOrderStats;
import io.aisle.ordering.CustomerOrderStats.Ranking;
import io.aisle.ordering.CustomerOrderSummary;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Customers with their order figures and predictions, found by number, e-mail or name and filtered by when
 * they joined (newest first), or ranked. Accounts belong to identity, orders to ordering and
 * scores to insights, so a page is put together from the three: newest accounts first, the ordering
 * module's ranking of customers by total spent or last order, or the insights module's ranking by churn
 * risk, each with the other modules' figures for the customers of the page.
 */
@Controller
class CustomerListPageController {

    static final int PAGE_SIZE = 25;

    private final AccountService accounts;
    private final CustomerDirectory directory;
    private final CustomerOrderStats stats;
    private final CustomerInsights insights;
    private final ModelingProperties properties;

    CustomerListPageController(AccountService accounts, CustomerDirectory directory, CustomerOrderStats stats,
            CustomerInsights insights, ModelingProperties properties) {
        this.accounts = accounts;
        this.directory = directory;
        this.stats = stats;
        this.insights = insights;
        this.properties = properties;
    }

    @GetMapping("/admin/customers")
    String list(@RequestParam(defaultValue = "joined") String sort, @ModelAttribute("filters") CustomerFilters filters,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        CustomerSearch search = filters.search();
        // a search lists the matching accounts newest first; the rankings always rank every customer
        CustomerSort by = search.isAll() ? CustomerSort.parse(sort) : CustomerSort.JOINED;
        PageQuery query = new PageQuery(page, PAGE_SIZE);
        PageResult<CustomerRow> rows = switch (by) {
            case JOINED -> newest(search, query);
            case CHURN_RISK -> atRisk(query);
            default -> ranked(by.ranking, query);
        };
        model.addAttribute("customers", rows.content());
        model.addAttribute("sort", by);
        model.addAttribute("pager", Pager.of(rows, request));
        model.addAttribute("horizonDays", properties.horizonDays());
        return Htmx.view(request, response, "admin/customers/list", "results");
    }

    private PageResult<CustomerRow> newest(CustomerSearch search, PageQuery query) {
        PageResult<User> users = directory.search(search, query);
        List<Long> ids = users.content().stream().map(User::id).toList();
        Map<Long, CustomerOrderSummary> figures = stats.of(ids);
        Map<Long, CustomerScore> scores = insights.scores(ids);
        return users.map(user -> CustomerRow.of(user, figures.get(user.id()), scores.get(user.id())));
    }

    private PageResult<CustomerRow> ranked(Ranking ranking, PageQuery query) {
        PageResult<CustomerOrderSummary> figures = stats.ranked(ranking, query);
        List<Long> ids = figures.content().stream().map(CustomerOrderSummary::userId).toList();
        Map<Long, User> users = accounts.findAll(ids);
        Map<Long, CustomerScore> scores = insights.scores(ids);
        return figures.map(customer -> CustomerRow.of(users.get(customer.userId()), customer,
                scores.get(customer.userId())));
    }

    /** The latest scoring run's customers, highest churn risk first. */
    private PageResult<CustomerRow> atRisk(PageQuery query) {
        PageResult<RankedCustomer> ranked = insights.ranked(null, query);
        List<Long> ids = ranked.content().stream().map(customer -> customer.score().userId()).toList();
        Map<Long, User> users = accounts.findAll(ids);
        Map<Long, CustomerOrderSummary> figures = stats.of(ids);
        return ranked.map(customer -> CustomerRow.of(users.get(customer.score().userId()),
                figures.get(customer.score().userId()), customer.score()));
    }
}
