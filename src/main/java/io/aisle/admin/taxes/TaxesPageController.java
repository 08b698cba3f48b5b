package io.aisle.admin.taxes;

import io.aisle.taxes.TaxClass;
import io.aisle.taxes.TaxService;
import io.aisle.taxes.TaxSettings;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The taxes page: the shop's tax settings, and every rate with links to change them. */
@Controller
class TaxesPageController {

    private final TaxService taxes;

    TaxesPageController(TaxService taxes) {
        this.taxes = taxes;
    }

    @GetMapping("/admin/taxes")
    String list(Model model) {
        TaxSettings settings = taxes.settings();
        model.addAttribute("settingsForm", new TaxSettingsForm(settings.pricesIncludeTax(), settings.taxShipping()));
        model.addAttribute("rates", taxes.rates());
        model.addAttribute("countryNames", CountryOption.ALL.stream()
                .collect(Collectors.toMap(CountryOption::code, CountryOption::name)));
        model.addAttribute("classLabels", classLabels());
        return "admin/taxes/list";
    }

    @PostMapping("/admin/taxes/settings")
    String saveSettings(@ModelAttribute TaxSettingsForm form, RedirectAttributes redirect) {
        TaxSettings saved = taxes.updateSettings(form.toSettings());
        redirect.addFlashAttribute("message", "Saved: prices are entered "
                + (saved.pricesIncludeTax() ? "with tax included" : "without tax") + ", and shipping is "
                + (saved.taxShipping() ? "taxed at the standard rate." : "not taxed."));
        return "redirect:/admin/taxes";
    }

    static Map<String, String> classLabels() {
        return Arrays.stream(TaxClass.values()).collect(Collectors.toMap(TaxClass::code, TaxClass::label));
    }
}
