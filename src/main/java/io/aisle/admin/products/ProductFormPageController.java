package io.aisle.admin.products;

import io.aisle.admin.internal.RefusedForm;
import io.aisle.catalog.Product;
import io.aisle.catalog.ProductForm;
import io.aisle.catalog.ProductService;
import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating, editing and deleting products. Deleting asks first, on a page of its own. */
@Controller
class ProductFormPageController {

    private final ProductService products;
    private final ProductPages pages;
    private final Validator validator;

    ProductFormPageController(ProductService products, ProductPages pages, Validator validator) {
        this.products = products;
        this.pages = pages;
        this.validator = validator;
    }

    /** The form with its options, variants and publishing time, checked like the API checks it. */
    private ProductForm complete(ProductForm form, VariantRows rows) {
        ProductForm complete = rows.applyTo(form);
        validator.validate(complete).stream().findFirst().ifPresent(violation -> {
            throw new InvalidRequestException(violation.getPropertyPath().toString(), violation.getMessage());
        });
        return complete;
    }

    @GetMapping("/admin/products/new")
    String newProduct(Model model) {
        return pages.create(model);
    }

    @PostMapping("/admin/products")
    String create(@Valid @ModelAttribute("productForm") ProductForm form, BindingResult result, VariantRows rows,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return pages.create(model);
        }
        Product product = products.create(complete(form, rows));
        redirect.addFlashAttribute("message", "Created " + product.name() + ".");
        return "redirect:/admin/products/" + product.id() + "/edit";
    }

    @GetMapping("/admin/products/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return pages.edit(model, products.get(id));
    }

    @PostMapping("/admin/products/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("productForm") ProductForm form, BindingResult result,
            VariantRows rows, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return pages.edit(model, products.get(id));
        }
        Product product = products.update(id, complete(form, rows));
        redirect.addFlashAttribute("message", "Saved " + product.name() + ".");
        return "redirect:/admin/products/{id}/edit";
    }

    @GetMapping("/admin/products/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("product", products.get(id));
        return "admin/products/delete";
    }

    @PostMapping("/admin/products/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Product product = products.get(id);
        products.delete(id);
        redirect.addFlashAttribute("message", "Deleted " + product.name() + ". Past orders keep their copy of it.");
        return "redirect:/admin/products";
    }

    /**
     * The catalog refused the product (a SKU already in use, a category that went away): the form again,
     * as the admin filled it in, with the reason on top.
     */
    @ExceptionHandler({ConflictException.class, InvalidRequestException.class})
    ModelAndView refused(AisleException refusal, HttpServletRequest request) {
        return RefusedForm.show(refusal, request, "productForm", ProductForm.class,
                (model, id) -> id == null ? pages.create(model) : pages.edit(model, products.get(id)));
    }
}
