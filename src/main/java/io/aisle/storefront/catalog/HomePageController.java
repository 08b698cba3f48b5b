package io.aisle.storefront.catalog;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSort;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.PageQuery;
import io.aisle.recommendations.Recommendation;
import io.aisle.recommendations.Recommendations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePageController {

    static final int BEST_SELLER_DAYS = BestSellers.DAYS;
    private static final int SHOWN = 10;

    private final ProductService products;
    private final BestSellers bestSellers;
    private final Recommendations recommendations;
    private final ProductGrids grids;

    HomePageController(ProductService products, BestSellers bestSellers, Recommendations recommendations,
            ProductGrids grids) {
        this.products = products;
        this.bestSellers = bestSellers;
        this.recommendations = recommendations;
        this.grids = grids;
    }

    /** The three grids as HTML ({@link ProductGrids}): the same products render to the same cards for everyone. */
    @GetMapping("/")
    String home(Optional<CurrentUser> user, Model model, HttpServletRequest request, HttpServletResponse response) {
        List<Product> forYou = user.map(u -> recommendations.forCustomer(u.id(), SHOWN).stream()
                .map(Recommendation::product).toList()).orElse(List.of());
        List<Product> featured = products.search(new ProductQuery(null, null, null, null, 1, null, true,
                ProductSort.RATING, new PageQuery(0, SHOWN))).content();
        List<Product> bestSellers = bestSellers();
        model.addAttribute("forYou", grid(forYou, request, response));
        model.addAttribute("featured", grid(featured, request, response));
        model.addAttribute("bestSellers", grid(bestSellers, request, response));
        return "storefront/catalog/home";
    }

    /** The grid's HTML, or null for no products (the page leaves the section out). */
    private String grid(List<Product> shown, HttpServletRequest request, HttpServletResponse response) {
        return shown.isEmpty() ? null : grids.html(shown, request, response);
    }

    /** The products with the most revenue over the last 90 days that are still sold, best first. */
    private List<Product> bestSellers() {
        List<Long> ranking = bestSellers.ranking(SHOWN);
        return products.findAll(ranking).stream()
                .filter(Product::inStock)
                .sorted(Comparator.comparingInt(p -> ranking.indexOf(p.id())))
                .toList();
    }
}
