package io.aisle.admin.products;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.platform.ConflictException;
import io.aisle.platform.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Manual stock changes from the product's page, recorded with the admin and the reason. */
@Controller
class StockPageController {

    private final ProductService products;
    private final ProductPages pages;

    StockPageController(ProductService products, ProductPages pages) {
        this.products = products;
        this.pages = pages;
    }

    @PostMapping("/admin/products/{id}/stock")
    String adjust(@PathVariable long id, @Valid @ModelAttribute("stockForm") StockAdjustmentForm form,
            BindingResult result, CurrentUser admin, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return pages.edit(model, products.get(id));
        }
        Product product = products.adjustStock(id, form.variantId(), form.delta(), form.reason().strip(), admin.id());
        redirect.addFlashAttribute("message", "Stock of " + product.name() + " is now " + product.stock() + ".");
        return "redirect:/admin/products/{id}/edit";
    }

    /** Refused (it would take the stock below zero): back to the product, saying why. */
    @ExceptionHandler({ConflictException.class, io.aisle.platform.InvalidRequestException.class})
    String refused(io.aisle.platform.AisleException refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", refusal.detail());
        return "redirect:/admin/products/{id}/edit";
    }
}
