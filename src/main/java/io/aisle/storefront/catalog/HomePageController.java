package io.aisle.storefront.catalog;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSort;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.PageQuery;
import io.aisle.recommendations.Recommendation;
import io.aisle.recommendations.Recommendations;
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

    HomePageController(ProductService products, BestSellers bestSellers, Recommendations recommendations) {
        this.products = products;
        this.bestSellers = bestSellers;
        this.recommendations = recommendations;
    }

    @GetMapping("/")
    String home(Optional<CurrentUser> user, Model model) {
        model.addAttribute("forYou", user.map(u -> recommendations.forCustomer(u.id(), SHOWN).stream()
                .map(Recommendation::product).toList()).orElse(List.of()));
        model.addAttribute("featured", products.search(new ProductQuery(null, null, null, null, 1, null, true,
                ProductSort.RATING, new PageQuery(0, SHOWN))).content());
        model.addAttribute("bestSellers", bestSellers());
        return "storefront/catalog/home";
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
