package io.aisle.catalog;

import io.aisle.catalog.data.CategoryRepository;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class CategoryService {

    private final CategoryRepository categories;
    private final ProductCache cache;

    CategoryService(CategoryRepository categories, ProductCache cache) {
        this.categories = categories;
        this.cache = cache;
    }

    /** All categories in display order, each with the number of products listed in it (briefly cached). */
    public List<Category> list() {
        return cache.categories(categories::findAllWithCounts);
    }
}
