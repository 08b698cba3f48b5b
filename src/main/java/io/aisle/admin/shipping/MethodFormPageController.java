package io.aisle.admin.shipping;

import io.aisle.admin.internal.RefusedForm;
import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.shipping.ShippingMethod;
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

/** Adding, editing and deleting a zone's shipping methods. Deleting asks first, on a page of its own. */
@Controller
class MethodFormPageController {

    private static final String FORM = "admin/shipping/method";

    private final ShippingZoneService zones;

    MethodFormPageController(ShippingZoneService zones) {
        this.zones = zones;
    }

    @GetMapping("/admin/shipping/zones/{zoneId}/methods/new")
    String newMethod(@PathVariable long zoneId, Model model) {
        model.addAttribute("zone", zones.get(zoneId));
        model.addAttribute("methodForm", MethodPageForm.EMPTY);
        return FORM;
    }

    @PostMapping("/admin/shipping/zones/{zoneId}/methods")
    String create(@PathVariable long zoneId, @ModelAttribute("methodForm") MethodPageForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("zone", zones.get(zoneId));
            return FORM;
        }
        ShippingMethod method = zones.addMethod(zoneId, form.toMethodForm());
        redirect.addFlashAttribute("message", "Added " + method.name() + " to " + zones.get(zoneId).name() + ".");
        return "redirect:/admin/shipping";
    }

    @GetMapping("/admin/shipping/methods/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ShippingMethod method = zones.method(id);
        model.addAttribute("zone", zones.get(method.zoneId()));
        model.addAttribute("method", method);
        model.addAttribute("methodForm", MethodPageForm.of(method));
        return FORM;
    }

    @PostMapping("/admin/shipping/methods/{id}")
    String update(@PathVariable long id, @ModelAttribute("methodForm") MethodPageForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            addMethod(model, id);
            return FORM;
        }
        ShippingMethod method = zones.updateMethod(id, form.toMethodForm());
        redirect.addFlashAttribute("message", "Saved " + method.name() + ".");
        return "redirect:/admin/shipping";
    }

    @GetMapping("/admin/shipping/methods/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        addMethod(model, id);
        return "admin/shipping/delete-method";
    }

    @PostMapping("/admin/shipping/methods/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ShippingMethod method = zones.method(id);
        zones.deleteMethod(id);
        redirect.addFlashAttribute("message", "Deleted " + method.name() + ". Orders placed with it keep its name.");
        return "redirect:/admin/shipping";
    }

    /** The method was refused (a name in use, bands out of order): the form again, saying why. */
    @ExceptionHandler({ConflictException.class, InvalidRequestException.class})
    ModelAndView refused(AisleException refusal, HttpServletRequest request) {
        return RefusedForm.show(refusal, request, "methodForm", MethodPageForm.class, (model, id) -> {
            if (id != null) {
                addMethod(model, id);
            } else {
                model.addAttribute("zone", zones.get(RefusedForm.pathId(request, "zoneId")));
            }
            return FORM;
        });
    }

    private void addMethod(Model model, long id) {
        ShippingMethod method = zones.method(id);
        model.addAttribute("method", method);
        model.addAttribute("zone", zones.get(method.zoneId()));
    }
}
