package io.aisle.storefront.catalog;

import io.aisle.catalog.Category;
import io.aisle.catalog.CategoryService;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductSearch;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.SearchMode;
import io.aisle.catalog.SearchPage;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.NotFoundException;
import io.aisle.platform.PageResult;
import io.aisle.platform.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Category pages and search: the same listing with filters, sorting and pages that all live in the URL.
 * The filter form and the page links ask htmx for the {@code results} fragment and push the URL, so a
 * filtered page can be shared and the back button works; without JavaScript they load the whole page.
 */
@Controller
class CatalogPageController {

    private static final String LISTING = "storefront/catalog/listing";

    private final ProductService products;
    private final ProductSearch search;
    private final CategoryService categories;

    CatalogPageController(ProductService products, ProductSearch search, CategoryService categories) {
        this.products = products;
        this.search = search;
        this.categories = categories;
    }

    @GetMapping("/c/{slug}")
    String category(@PathVariable String slug, @RequestParam Map<String, String> params, Optional<CurrentUser> user,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Category category = categories.list().stream().filter(c -> c.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such category."));
        model.addAttribute("category", category);
        model.addAttribute("activeCategory", category.slug());
        model.addAttribute("heading", category.name());
        String path = UriComponentsBuilder.fromPath("/c/{slug}").buildAndExpand(slug).encode().toUriString();
        return listing(ListingFilters.from(params), category.slug(), path, user, request, response, model);
    }

    @GetMapping("/search")
    String search(@RequestParam Map<String, String> params, Optional<CurrentUser> user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ListingFilters filters = ListingFilters.from(params);
        model.addAttribute("heading", filters.q() == null ? "All products" : "Results for “" + filters.q() + "”");
        return listing(filters, null, "/search", user, request, response, model);
    }

    private String listing(ListingFilters filters, String category, String path, Optional<CurrentUser> user,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Long userId = user.map(CurrentUser::id).orElse(null);
        ProductQuery query = filters.query(category);
        SearchPage found = filters.q() == null
                ? new SearchPage(products.search(query, userId), products.facets(query), null)
                : search.page(query, SearchMode.HYBRID, userId);
        PageResult<Product> results = found.results();
        model.addAttribute("facets", FacetLinks.of(found.facets(), filters, path, category));
        model.addAttribute("didYouMean", found.didYouMean());
        if (found.didYouMean() != null) {
            model.addAttribute("didYouMeanUrl", UriComponentsBuilder.fromPath(path).queryParam("q", found.didYouMean())
                    .encode().build().toUriString());
        }
        model.addAttribute("filters", filters);
        model.addAttribute("results", results);
        model.addAttribute("path", path);
        model.addAttribute("sorts", ListingFilters.SORTS);
        model.addAttribute("pageLinks", filters.pageLinks(path, results.page().totalPages()));
        model.addAttribute("firstPage", filters.url(path, 0));
        if (!filters.problems().isEmpty()) {
            model.addAttribute("warning", String.join(" ", filters.problems()));
        }
        if (Htmx.isPartial(request)) {
            // the address bar shows the listing's clean address, without the form's empty fields
            response.setHeader("HX-Push-Url", filters.url(path, filters.page()));
        }
        return Htmx.view(request, response, LISTING, "results");
    }
}
