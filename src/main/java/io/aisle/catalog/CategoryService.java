package io.aisle.catalog;

import io.aisle.catalog.data.CategoryRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CategoryService {

    private final CategoryRepository categories;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    /** All categories in display order, each with the number of products listed in it. */
    @Transactional(readOnly = true)
    public List<Category> list() {
        return categories.findAllWithCounts();
    }
}
