package io.aisle.admin.taxes;

import io.aisle.admin.internal.RefusedForm;
import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.taxes.ShopTaxRate;
import io.aisle.taxes.TaxClass;
import io.aisle.taxes.TaxService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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

/** Adding, editing and deleting tax rates. Deleting asks first, on a page of its own. */
@Controller
class TaxRatePageController {

    static final String FORM = "admin/taxes/form";

    private final TaxService taxes;

    TaxRatePageController(TaxService taxes) {
        this.taxes = taxes;
    }

    @GetMapping("/admin/taxes/rates/new")
    String newRate(Model model) {
        return form(model, null);
    }

    @PostMapping("/admin/taxes/rates")
    String create(@Valid @ModelAttribute("rateForm") TaxRatePageForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        ShopTaxRate rate = taxes.create(form.toForm());
        redirect.addFlashAttribute("message", "Added " + describe(rate) + ".");
        return "redirect:/admin/taxes";
    }

    @GetMapping("/admin/taxes/rates/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, taxes.rate(id));
    }

    @PostMapping("/admin/taxes/rates/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("rateForm") TaxRatePageForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, taxes.rate(id));
        }
        ShopTaxRate rate = taxes.update(id, form.toForm());
        redirect.addFlashAttribute("message", "Saved " + describe(rate) + ".");
        return "redirect:/admin/taxes";
    }

    @GetMapping("/admin/taxes/rates/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        ShopTaxRate rate = taxes.rate(id);
        model.addAttribute("rate", rate);
        model.addAttribute("description", describe(rate));
        return "admin/taxes/delete";
    }

    @PostMapping("/admin/taxes/rates/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ShopTaxRate rate = taxes.rate(id);
        taxes.delete(id);
        redirect.addFlashAttribute("message", "Deleted " + describe(rate) + ".");
        return "redirect:/admin/taxes";
    }

    /** The rate was refused (a second rate for the same place and class): the form again, as filled in, with the reason. */
    @ExceptionHandler({ConflictException.class, InvalidRequestException.class})
    ModelAndView refused(AisleException refusal, HttpServletRequest request) {
        return RefusedForm.show(refusal, request, "rateForm", TaxRatePageForm.class,
                (model, id) -> form(model, id == null ? null : taxes.rate(id)));
    }

    /** The form page, new ({@code rate} null) or edit; a form already in the model (the admin's input) is kept. */
    private static String form(Model model, ShopTaxRate rate) {
        model.addAttribute("rate", rate);
        model.addAttribute("countries", CountryOption.ALL);
        model.addAttribute("taxClasses", TaxClass.values());
        if (!model.containsAttribute("rateForm")) {
            model.addAttribute("rateForm", rate == null ? TaxRatePageForm.EMPTY : TaxRatePageForm.of(rate));
        }
        return FORM;
    }

    private static String describe(ShopTaxRate rate) {
        return rate.name() + " (" + rate.taxClass() + ") for " + CountryOption.name(rate.country())
                + (rate.region() == null ? "" : ", region " + rate.region());
    }
}
