package io.aisle.catalog;

import io.aisle.catalog.data.CategoryRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CategoryService {

    private static final int NEW_CATEGORY_ORDER = 1000;

    private final CategoryRepository categories;
    private final ProductCache cache;

    CategoryService(CategoryRepository categories, ProductCache cache) {
        this.categories = categories;
        this.cache = cache;
    }

    /**
     * The slug of the listed category with this slug or name (in any case), created (listed, after the others) when
     * there is none: an imported catalog brings its own categories. Null when the slug it would take belongs to an
     * unlisted category (imported histories), where no product may go.
     */
    @Transactional
    public String findOrCreate(String slug, String name) {
        return categories.findListedSlug(slug, name).orElseGet(() -> {
            categories.insertIfAbsent(slug, name, NEW_CATEGORY_ORDER);
            return categories.findListedSlug(slug, name).orElse(null);
        });
    }

    /** All categories in display order, each with the number of products listed in it (briefly cached). */
    public List<Category> list() {
        return cache.categories(categories::findAllWithCounts);
    }
}
