package io.aisle.admin.promotions;

import io.aisle.admin.internal.Pager;
import io.aisle.platform.Htmx;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionAdmin;
import io.aisle.promotions.PromotionUsage;
import io.aisle.promotions.Redemption;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Promotions with their usage, pausing and resuming them, and one promotion's redemptions. */
@Controller
class PromotionListPageController {

    static final int PAGE_SIZE = 20;

    private final PromotionAdmin promotions;

    PromotionListPageController(PromotionAdmin promotions) {
        this.promotions = promotions;
    }

    @GetMapping("/admin/promotions")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean personal,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        PageResult<PromotionUsage> result = promotions.list(new PageQuery(page, PAGE_SIZE), personal);
        model.addAttribute("personal", personal);
        model.addAttribute("promotions", result.content());
        model.addAttribute("pager", Pager.of(result, request));
        return Htmx.view(request, response, "admin/promotions/list", "results");
    }

    @GetMapping("/admin/promotions/{id}/usage")
    String usage(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        PageResult<Redemption> result = promotions.redemptions(id, new PageQuery(page, PAGE_SIZE));
        model.addAttribute("promotion", promotions.get(id));
        model.addAttribute("redemptions", result.content());
        model.addAttribute("pager", Pager.of(result, request));
        return Htmx.view(request, response, "admin/promotions/usage", "results");
    }

    @PostMapping("/admin/promotions/{id}/pause")
    String pause(@PathVariable long id, RedirectAttributes redirect) {
        Promotion promotion = promotions.pause(id);
        redirect.addFlashAttribute("message", "Paused " + promotion.name() + ": it applies to no order until resumed.");
        return "redirect:/admin/promotions";
    }

    @PostMapping("/admin/promotions/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        Promotion promotion = promotions.resume(id);
        redirect.addFlashAttribute("message", "Resumed " + promotion.name() + ".");
        return "redirect:/admin/promotions";
    }
}
