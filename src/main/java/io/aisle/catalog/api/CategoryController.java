package io.aisle.catalog.api;

import io.aisle.catalog.Category;
import io.aisle.catalog.CategoryService;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog")
@RestController
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping("/api/v1/categories")
    List<Category> list() {
        return categories.list();
    }
}
