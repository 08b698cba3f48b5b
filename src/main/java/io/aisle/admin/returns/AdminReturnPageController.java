package io.aisle.admin.returns;

import io.aisle.ordering.OrderService;
import io.aisle.platform.AisleException;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.returns.Return;
import io.aisle.returns.ReturnAdmin;
import io.aisle.returns.ReturnRefunds;
import io.aisle.returns.ReturnStatus;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One return: its order, lines and reason, and the next step it allows: approve or reject (with a note to the
 * customer), mark received (back to stock or not), refund (the default amount filled in, which the admin may lower).
 */
@Controller
class AdminReturnPageController {

    private final ReturnAdmin returns;
    private final ReturnRefunds refunds;
    private final OrderService orders;

    AdminReturnPageController(ReturnAdmin returns, ReturnRefunds refunds, OrderService orders) {
        this.returns = returns;
        this.refunds = refunds;
        this.orders = orders;
    }

    @GetMapping("/admin/returns/{id}")
    String show(@PathVariable long id, Model model) {
        Return value = returns.get(id);
        model.addAttribute("ret", value);
        model.addAttribute("order", orders.get(value.orderId()));
        model.addAttribute("refundAmount", value.status() == ReturnStatus.RECEIVED ? refunds.defaultAmount(value) : null);
        return "admin/returns/return";
    }

    @PostMapping("/admin/returns/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return done(returns.approve(id), redirect);
    }

    @PostMapping("/admin/returns/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return done(returns.reject(id, note), redirect);
    }

    @PostMapping("/admin/returns/{id}/receive")
    String receive(@PathVariable long id, @RequestParam(defaultValue = "false") boolean restock,
            RedirectAttributes redirect) {
        return done(returns.receive(id, restock), redirect);
    }

    @PostMapping("/admin/returns/{id}/refund")
    String refund(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
            RedirectAttributes redirect) {
        return done(refunds.refund(id, amount), redirect);
    }

    /** Not allowed from where the return is, or someone else moved it first: back to the return, saying so. */
    @ExceptionHandler({ConflictException.class, InvalidRequestException.class})
    String refused(AisleException refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", refusal.detail());
        return "redirect:/admin/returns/{id}";
    }

    private static String done(Return value, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "Return #" + value.id() + " is now "
                + value.status().name().toLowerCase(Locale.ROOT) + ".");
        return "redirect:/admin/returns/" + value.id();
    }
}
