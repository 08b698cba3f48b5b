package io.aisle.admin.shipping;

import io.aisle.admin.internal.RefusedForm;
import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.shipping.ShippingZone;
import io.aisle.shipping.ShippingZoneService;
import jakarta.servlet.http.HttpServletRequest;
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

/** Creating, editing and deleting shipping zones. Deleting asks first, on a page of its own. */
@Controller
class ZoneFormPageController {

    private static final String FORM = "admin/shipping/zone";

    private final ShippingZoneService zones;

    ZoneFormPageController(ShippingZoneService zones) {
        this.zones = zones;
    }

    @GetMapping("/admin/shipping/zones/new")
    String newZone(Model model) {
        model.addAttribute("zoneForm", ZonePageForm.EMPTY);
        return FORM;
    }

    @PostMapping("/admin/shipping/zones")
    String create(@ModelAttribute("zoneForm") ZonePageForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        ShippingZone zone = zones.create(form.toZoneForm());
        redirect.addFlashAttribute("message", "Created the zone " + zone.name() + ". Add its shipping methods next.");
        return "redirect:/admin/shipping";
    }

    @GetMapping("/admin/shipping/zones/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ShippingZone zone = zones.get(id);
        model.addAttribute("zone", zone);
        model.addAttribute("zoneForm", ZonePageForm.of(zone));
        return FORM;
    }

    @PostMapping("/admin/shipping/zones/{id}")
    String update(@PathVariable long id, @ModelAttribute("zoneForm") ZonePageForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("zone", zones.get(id));
            return FORM;
        }
        ShippingZone zone = zones.update(id, form.toZoneForm());
        redirect.addFlashAttribute("message", "Saved the zone " + zone.name() + ".");
        return "redirect:/admin/shipping";
    }

    @GetMapping("/admin/shipping/zones/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("zone", ZoneCard.of(zones.get(id)));
        return "admin/shipping/delete-zone";
    }

    @PostMapping("/admin/shipping/zones/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ShippingZone zone = zones.get(id);
        zones.delete(id);
        redirect.addFlashAttribute("message", "Deleted the zone " + zone.name() + " and its methods.");
        return "redirect:/admin/shipping";
    }

    /** The zone was refused (a country in another zone, a name in use): the form again, saying why. */
    @ExceptionHandler({ConflictException.class, InvalidRequestException.class})
    ModelAndView refused(AisleException refusal, HttpServletRequest request) {
        return RefusedForm.show(refusal, request, "zoneForm", ZonePageForm.class, (model, id) -> {
            if (id != null) {
                model.addAttribute("zone", zones.get(id));
            }
            return FORM;
        });
    }
}
