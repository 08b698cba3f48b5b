package io.aisle.admin.products;

import io.aisle.catalog.CategoryService;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductForm;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductStatus;
import io.aisle.catalog.Variant;
import io.aisle.taxes.TaxClass;
import java.util.List;
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
    private final ProductService products;

    ProductPages(CategoryService categories, ProductService products) {
        this.categories = categories;
        this.products = products;
    }

    String create(Model model) {
        model.addAttribute("categories", categories.list());
        model.addAttribute("taxClasses", TaxClass.values());
        if (!model.containsAttribute("productForm")) {
            model.addAttribute("productForm", new ProductForm(null, null, null, null, null, null, 0, null,
                    TaxClass.STANDARD.code(), 0));
        }
        model.addAttribute("statuses", ProductStatus.values());
        model.addAttribute("optionNames", List.of("", "", ""));
        model.addAttribute("variantRows", VariantRows.rows(List.of(), false));
        model.addAttribute("publishAtUtc", "");
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
                    product.taxClass(), product.weightGrams(), product.status().name(), product.publishAt(),
                    List.of(), List.of(), product.compareAtPrice()));
        }
        List<String> names = products.options(product.id());
        List<String> shown = new java.util.ArrayList<>(names);
        while (shown.size() < 3) {
            shown.add("");
        }
        List<Variant> variants = products.variants(product.id());
        model.addAttribute("statuses", ProductStatus.values());
        model.addAttribute("optionNames", shown);
        model.addAttribute("variantRows", VariantRows.rows(variants, !names.isEmpty()));
        model.addAttribute("variants", variants);
        model.addAttribute("publishAtUtc", VariantRows.publishField(product));
        if (!model.containsAttribute("stockForm")) {
            model.addAttribute("stockForm", StockAdjustmentForm.EMPTY);
        }
        return FORM;
    }
}
