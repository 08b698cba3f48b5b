package io.aisle.admin.products;

import io.aisle.catalog.CategoryService;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductForm;
import io.aisle.taxes.TaxClass;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The product form page, new or edit, for the controllers that show it again after a refusal. Forms
 * already in the model (with the admin's input and its errors) are kept.
 */
@Component
class ProductPages {

    static final String FORM = "admin/products/form";

    private final CategoryService categories;

    ProductPages(CategoryService categories) {
        this.categories = categories;
    }

    String create(Model model) {
        model.addAttribute("categories", categories.list());
        model.addAttribute("taxClasses", TaxClass.values());
        if (!model.containsAttribute("productForm")) {
            model.addAttribute("productForm", new ProductForm(null, null, null, null, null, null, 0, null,
                    TaxClass.STANDARD.code(), 0));
        }
        return FORM;
    }

    /** The edit page of the product, with its stock and the stock adjustment form. */
    String edit(Model model, Product product) {
        model.addAttribute("product", product);
        model.addAttribute("categories", categories.list());
        model.addAttribute("taxClasses", TaxClass.values());
        if (!model.containsAttribute("productForm")) {
            model.addAttribute("productForm", new ProductForm(product.sku(), product.name(), product.brand(),
                    product.category().slug(), product.description(), product.price(), null, product.imageUrl(),
                    product.taxClass(), product.weightGrams()));
        }
        if (!model.containsAttribute("stockForm")) {
            model.addAttribute("stockForm", StockAdjustmentForm.EMPTY);
        }
        return FORM;
    }
}
