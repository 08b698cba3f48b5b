package io.aisle.admin.promotions;

import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionAdmin;
import io.aisle.promotions.PromotionKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing promotions. */
@Controller
class PromotionFormPageController {

    static final String FORM = "admin/promotions/form";

    private final PromotionAdmin promotions;

    PromotionFormPageController(PromotionAdmin promotions) {
        this.promotions = promotions;
    }

    @GetMapping("/admin/promotions/new")
    String newPromotion(Model model) {
        return page(model, null, PromotionPageForm.EMPTY);
    }

    @PostMapping("/admin/promotions")
    String create(@Valid @ModelAttribute("promotionForm") PromotionPageForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model, null, form);
        }
        Promotion promotion = promotions.create(form.toForm());
        redirect.addFlashAttribute("message", "Created " + promotion.name() + ".");
        return "redirect:/admin/promotions/" + promotion.id() + "/edit";
    }

    @GetMapping("/admin/promotions/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Promotion promotion = promotions.get(id);
        return page(model, promotion, PromotionPageForm.of(promotion));
    }

    @PostMapping("/admin/promotions/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("promotionForm") PromotionPageForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model, promotions.get(id), form);
        }
        Promotion promotion = promotions.update(id, form.toForm());
        redirect.addFlashAttribute("message", "Saved " + promotion.name() + ".");
        return "redirect:/admin/promotions/{id}/edit";
    }

    /** The fields did not fit together, or the code is taken: the form again as filled in, with the reason on top. */
    @ExceptionHandler({ConflictException.class, InvalidRequestException.class})
    ModelAndView refused(AisleException refusal, HttpServletRequest request) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "promotionForm");
        binder.setTargetType(ResolvableType.forClass(PromotionPageForm.class));
        binder.construct(request);
        Model model = new ExtendedModelMap().addAllAttributes(binder.getBindingResult().getModel());
        model.addAttribute("error", refusal.detail());
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Promotion promotion = path != null && path.containsKey("id") ? promotions.get(Long.parseLong(path.get("id"))) : null;
        model.addAttribute("promotion", promotion);
        model.addAttribute("kinds", PromotionKind.values());
        return new ModelAndView(FORM, model.asMap(), HttpStatus.valueOf(refusal.status()));
    }

    private static String page(Model model, Promotion promotion, PromotionPageForm form) {
        model.addAttribute("promotion", promotion);
        model.addAttribute("kinds", PromotionKind.values());
        if (!model.containsAttribute("promotionForm")) {
            model.addAttribute("promotionForm", form);
        }
        return FORM;
    }
}
