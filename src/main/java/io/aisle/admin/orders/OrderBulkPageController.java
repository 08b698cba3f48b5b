package io.aisle.admin.orders;

import io.aisle.admin.internal.CsvWriter;
import io.aisle.ordering.BulkShipping;
import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.PackingLists;
import io.aisle.platform.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the order list does with many orders: the packing-list CSV of every order the search matches or of
 * the ticked ones, and shipping the ticked ones with one carrier, each with the tracking number typed in
 * its row ({@code tracking-<id>}).
 */
@Controller
class OrderBulkPageController {

    private static final String TRACKING = "tracking-";

    private final OrderService orders;
    private final PackingLists packingLists;
    private final BulkShipping shipping;
    private final Clock clock;

    OrderBulkPageController(OrderService orders, PackingLists packingLists, BulkShipping shipping, Clock clock) {
        this.orders = orders;
        this.packingLists = packingLists;
        this.shipping = shipping;
        this.clock = clock;
    }

    /** Every order the search matches, newest first. */
    @GetMapping("/admin/orders.csv")
    void export(@ModelAttribute OrderFilters filters, HttpServletResponse response) throws IOException {
        String name = filters.search().status() == null ? "all" : filters.search().status().name().toLowerCase(Locale.ROOT);
        CsvWriter.download(response, "orders-" + name + "-" + LocalDate.now(clock) + ".csv")
                .row(PackingListCsv.HEADER)
                .pages(page -> orders.search(filters.search(), page), (csv, page) ->
                        PackingListCsv.write(csv, packingLists.of(page.stream().map(Order::id).toList())));
    }

    /** The ticked orders. */
    @PostMapping("/admin/orders/export")
    void exportSelected(@RequestParam(name = "ids", required = false) List<Long> ids, HttpServletResponse response)
            throws IOException {
        List<Long> selected = selected(ids);
        PackingListCsv.write(CsvWriter.download(response, "orders-selected-" + LocalDate.now(clock) + ".csv")
                .row(PackingListCsv.HEADER), packingLists.of(selected));
    }

    @PostMapping("/admin/orders/ship")
    String shipSelected(@RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String carrier, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<Long, String> tracking = new HashMap<>();
        for (long id : selected(ids)) {
            tracking.put(id, params.get(TRACKING + id));
        }
        BulkShipping.Outcome outcome = shipping.ship(selected(ids), carrier, tracking);
        if (!outcome.shipped().isEmpty()) {
            redirect.addFlashAttribute("message", "Shipped " + outcome.shipped().stream().map(id -> "#" + id)
                    .collect(Collectors.joining(", ")) + ".");
        }
        if (!outcome.refused().isEmpty()) {
            redirect.addFlashAttribute("error", "Not shipped: " + outcome.refused().entrySet().stream()
                    .map(refused -> "#" + refused.getKey() + " (" + refused.getValue() + ")")
                    .collect(Collectors.joining("; ")));
        }
        return "redirect:/admin/orders";
    }

    /** Nothing ticked, too many, or a filter that makes no sense: back to the list, saying so. */
    @ExceptionHandler(InvalidRequestException.class)
    String refused(InvalidRequestException refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", refusal.detail());
        return "redirect:/admin/orders";
    }

    private static List<Long> selected(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRequestException("ids", "must name at least one order: tick the orders first");
        }
        if (ids.size() > BulkShipping.MAX_ORDERS) {
            throw new InvalidRequestException("ids", "must name at most " + BulkShipping.MAX_ORDERS + " orders");
        }
        return ids.stream().distinct().toList();
    }
}
