package io.aisle.admin.products;

import io.aisle.admin.internal.CsvWriter;
import io.aisle.platform.Htmx;
import io.aisle.admin.internal.Pager;
import io.aisle.catalog.CategoryService;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Products and their stock: a searchable, paged table whose stock figures update live, and its CSV
 * export. Typing in the search swaps only the results ({@code #product-results}).
 */
@Controller
class ProductListPageController {

    static final int PAGE_SIZE = 20;

    private final ProductService products;
    private final CategoryService categories;
    private final Clock clock;

    ProductListPageController(ProductService products, CategoryService categories, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.clock = clock;
    }

    @GetMapping("/admin/products")
    String list(@ModelAttribute("search") ProductSearch search, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        PageResult<Product> result = products.searchEveryStatus(search.query(new PageQuery(page, PAGE_SIZE)));
        model.addAttribute("products", result.content());
        model.addAttribute("now", clock.instant());
        model.addAttribute("pager", Pager.of(result, request));
        model.addAttribute("categories", categories.list());
        return Htmx.view(request, response, "admin/products/list", "results");
    }

    /** Every product matching the filters, in the list's order. */
    @GetMapping("/admin/products.csv")
    void export(@ModelAttribute("search") ProductSearch search, HttpServletResponse response) throws IOException {
        CsvWriter.download(response, "products-" + LocalDate.now(clock) + ".csv")
                .row("id", "sku", "name", "brand", "category", "price", "currency", "stock", "rating", "reviews",
                        "created_at")
                .pages(page -> products.searchEveryStatus(search.query(page)), (csv, rows) -> rows.forEach(p -> csv.row(
                        p.id(), p.sku(), p.name(), p.brand(), p.category().name(), p.price(), p.currency(), p.stock(),
                        p.ratingAverage(), p.ratingCount(), p.createdAt())));
    }
}
