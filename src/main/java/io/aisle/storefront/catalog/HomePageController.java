package io.aisle.storefront.catalog;

import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSort;
import io.aisle.platform.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePageController {

    private final ProductService products;

    HomePageController(ProductService products) {
        this.products = products;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("featured", products.search(new ProductQuery(null, null, null, null, 1, null, true,
                ProductSort.RATING, new PageQuery(0, 8))).content());
        return "storefront/catalog/home";
    }
}
