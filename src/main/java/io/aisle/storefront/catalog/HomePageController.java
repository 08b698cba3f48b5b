package io.aisle.storefront.catalog;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSort;
import io.aisle.ordering.ProductSales;
import io.aisle.ordering.SalesStatistics;
import io.aisle.platform.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePageController {

    static final int BEST_SELLER_DAYS = 90;
    private static final int SHOWN = 10;

    private final ProductService products;
    private final SalesStatistics sales;
    private final Clock clock;

    HomePageController(ProductService products, SalesStatistics sales, Clock clock) {
        this.products = products;
        this.sales = sales;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("featured", products.search(new ProductQuery(null, null, null, null, 1, null, true,
                ProductSort.RATING, new PageQuery(0, SHOWN))).content());
        model.addAttribute("bestSellers", bestSellers());
        return "storefront/catalog/home";
    }

    /** The products with the most revenue over the last 90 days that are still sold, best first. */
    private List<Product> bestSellers() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Long> ranking = sales.topProducts(today.minusDays(BEST_SELLER_DAYS), today, SHOWN).stream()
                .map(ProductSales::productId).toList();
        return products.findAll(ranking).stream()
                .filter(Product::inStock)
                .sorted(Comparator.comparingInt(p -> ranking.indexOf(p.id())))
                .toList();
    }
}
