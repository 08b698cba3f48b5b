package io.aisle.ordering.api;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.OrderStatus;
import io.aisle.ordering.Payment;
import io.aisle.ordering.PaymentLedger;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Orders (admin)")
@RestController
@RequestMapping("/api/v1/admin/orders")
class AdminOrderController {

    private final OrderService orders;
    private final PaymentLedger payments;

    AdminOrderController(OrderService orders, PaymentLedger payments) {
        this.orders = orders;
        this.payments = payments;
    }

    record StatusChange(@NotBlank String status) {
    }

    @Operation(summary = "All customers' orders, newest first, optionally in one status")
    @GetMapping
    PageResult<Order> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return orders.list(status == null || status.isBlank() ? null : OrderStatus.parse(status),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    Order get(@PathVariable long id) {
        return orders.get(id);
    }

    @Operation(summary = "The order's payments in the ledger: its charge and any refund, oldest first")
    @GetMapping("/{id}/payments")
    List<Payment> payments(@PathVariable long id) {
        return payments.ofOrder(id);
    }

    @Operation(summary = "Move an order along PAID → SHIPPED → DELIVERED, or PAID → CANCELLED")
    @AnswersProblem(status = 409, when = "The status flow does not allow this change from the order's current status.")
    @PostMapping("/{id}/status")
    Order changeStatus(@PathVariable long id, @Valid @RequestBody StatusChange change) {
        return orders.changeStatus(id, OrderStatus.parse(change.status()));
    }
}
