package io.aisle.storefront.account;

import io.aisle.identity.AccountService;
import io.aisle.identity.AddressBook;
import io.aisle.identity.AddressBookFullException;
import io.aisle.platform.Countries;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The address book page: the saved addresses with the default first, and a form to add or edit one whose
 * region menu follows the country (htmx swaps it in from {@code /addresses/region-field}; without
 * JavaScript the region is checked when the form is sent). An address the book refuses (a postal code or
 * region that does not fit the country) comes back with the message next to its field.
 */
@Controller
class AddressBookPageController {

    private static final String LIST = "storefront/account/addresses";
    private static final String FORM = "storefront/account/address-form";

    private final AddressBook addresses;
    private final AccountService accounts;

    AddressBookPageController(AddressBook addresses, AccountService accounts) {
        this.addresses = addresses;
        this.accounts = accounts;
    }

    @GetMapping("/account/addresses")
    String list(CurrentUser user, Model model) {
        var book = addresses.list(user.id());
        model.addAttribute("addresses", book);
        model.addAttribute("full", book.size() >= AddressBook.MAX_ADDRESSES);
        model.addAttribute("limit", AddressBook.MAX_ADDRESSES);
        return LIST;
    }

    @GetMapping("/account/addresses/new")
    String newAddress(CurrentUser user, Model model) {
        model.addAttribute("addressForm", AddressForm.blank(accounts.get(user.id()).fullName(), "US"));
        return FORM;
    }

    @GetMapping("/account/addresses/{id:\\d+}")
    String edit(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("addressForm", AddressForm.of(addresses.get(user.id(), id)));
        model.addAttribute("addressId", id);
        return FORM;
    }

    @PostMapping("/account/addresses")
    String add(CurrentUser user, @Valid AddressForm addressForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return refused(model);
        }
        addresses.add(user.id(), addressForm.address(), addressForm.isDefaultWanted());
        redirect.addFlashAttribute("message", "The address is saved.");
        return "redirect:/account/addresses";
    }

    @PostMapping("/account/addresses/{id:\\d+}")
    String update(CurrentUser user, @PathVariable long id, @Valid AddressForm addressForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("addressId", id);
            return refused(model);
        }
        addresses.update(user.id(), id, addressForm.address());
        if (addressForm.isDefaultWanted()) {
            addresses.makeDefault(user.id(), id);
        }
        redirect.addFlashAttribute("message", "The address is saved.");
        return "redirect:/account/addresses";
    }

    @PostMapping("/account/addresses/{id:\\d+}/default")
    String makeDefault(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        addresses.makeDefault(user.id(), id);
        redirect.addFlashAttribute("message", "This is now your default address: checkout starts from it.");
        return "redirect:/account/addresses";
    }

    @PostMapping("/account/addresses/{id:\\d+}/delete")
    String delete(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        addresses.delete(user.id(), id);
        redirect.addFlashAttribute("message", "The address is deleted.");
        return "redirect:/account/addresses";
    }

    /** The region field for a country: a menu of its regions, or a free-text field (the form swaps it in). */
    @GetMapping("/addresses/region-field")
    String regionField(@RequestParam(defaultValue = "") String country, Model model) {
        model.addAttribute("country", country);
        return "storefront/address :: region-alone";
    }

    @ExceptionHandler(AddressBookFullException.class)
    String full(RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "Your address book is full (" + AddressBook.MAX_ADDRESSES
                + " addresses): delete one you no longer use first.");
        return "redirect:/account/addresses";
    }

    /** The address book's check of the country, region or postal code: the form again, the message at the field. */
    @ExceptionHandler(InvalidRequestException.class)
    String invalid(InvalidRequestException e, HttpServletRequest request, Model model) {
        AddressForm form = submitted(request);
        model.addAttribute("addressForm", form);
        model.addAttribute(field(e) + "Error", message(field(e), form.country()));
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
                && path.get("id") != null) {
            model.addAttribute("addressId", path.get("id"));
        }
        return refused(model);
    }

    private static String refused(Model model) {
        model.addAttribute("error", "The address was not saved: please check the highlighted fields.");
        return FORM;
    }

    private static String field(InvalidRequestException e) {
        return e.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> error ? String.valueOf(error.get("field")) : "country";
    }

    private static String message(String field, String country) {
        return switch (field) {
            case "postalCode" -> Countries.postalCodeExample(country)
                    .map(example -> "Enter a postal code of " + Countries.name(country) + ", like " + example + ".")
                    .orElse("Enter the postal code.");
            case "region" -> "Choose the state or province of " + Countries.name(country) + ".";
            default -> "Choose a country from the list.";
        };
    }

    private static AddressForm submitted(HttpServletRequest request) {
        return new AddressForm(request.getParameter("fullName"), request.getParameter("company"),
                request.getParameter("line1"), request.getParameter("line2"), request.getParameter("city"),
                request.getParameter("region"), request.getParameter("postalCode"), request.getParameter("country"),
                request.getParameter("phone"), "true".equals(request.getParameter("makeDefault")));
    }
}
