package io.aisle.admin.shipping;

import io.aisle.shipping.ShippingMethod;
import io.aisle.shipping.ShippingZoneService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shipping page: every zone with its methods; pausing and activating a method. */
@Controller
class ShippingPageController {

    private final ShippingZoneService zones;

    ShippingPageController(ShippingZoneService zones) {
        this.zones = zones;
    }

    @GetMapping("/admin/shipping")
    String zones(Model model) {
        model.addAttribute("zones", zones.list().stream().map(ZoneCard::of).toList());
        return "admin/shipping/index";
    }

    @PostMapping("/admin/shipping/methods/{id}/pause")
    String pause(@PathVariable long id, RedirectAttributes redirect) {
        ShippingMethod method = zones.setActive(id, false);
        redirect.addFlashAttribute("message", "Paused " + method.name() + ": checkout no longer offers it.");
        return "redirect:/admin/shipping";
    }

    @PostMapping("/admin/shipping/methods/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        ShippingMethod method = zones.setActive(id, true);
        redirect.addFlashAttribute("message", "Activated " + method.name() + ".");
        return "redirect:/admin/shipping";
    }
}
