package io.aisle.returns.api;

import io.aisle.platform.AnswersProblem;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.returns.Return;
import io.aisle.returns.ReturnAdmin;
import io.aisle.returns.ReturnRefunds;
import io.aisle.returns.ReturnStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Returns (admin)")
@RestController
@RequestMapping("/api/v1/admin/returns")
class AdminReturnController {

    private final ReturnAdmin returns;
    private final ReturnRefunds refunds;

    AdminReturnController(ReturnAdmin returns, ReturnRefunds refunds) {
        this.returns = returns;
        this.refunds = refunds;
    }

    record Rejection(@NotBlank @Size(max = 1000) String note) {
    }

    record Receipt(@NotNull Boolean restock) {
    }

    /** The amount to refund; none: what the returned lines paid (and the shipping when the whole order came back). */
    record RefundOrder(BigDecimal amount) {
    }

    @Operation(summary = "All returns, newest first, in one status (REQUESTED, APPROVED, REJECTED, RECEIVED, "
            + "REFUNDED) or all")
    @GetMapping
    PageResult<Return> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return returns.list(ReturnStatus.parse(status), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    Return get(@PathVariable long id) {
        return returns.get(id);
    }

    @Operation(summary = "Approve a requested return: the customer may send the goods")
    @AnswersProblem(status = 409, when = "The return is not REQUESTED (or another request moved it just now).")
    @PostMapping("/{id}/approve")
    Return approve(@PathVariable long id) {
        return returns.approve(id);
    }

    @Operation(summary = "Reject a return before its goods are back, with a note to the customer",
            description = "The return's units may be asked for again.")
    @AnswersProblem(status = 409, when = "The return is received, refunded or rejected already.")
    @PostMapping("/{id}/reject")
    Return reject(@PathVariable long id, @Valid @RequestBody Rejection rejection) {
        return returns.reject(id, rejection.note());
    }

    @Operation(summary = "Mark an approved return's goods received; restock puts them back on sale")
    @AnswersProblem(status = 409, when = "The return is not APPROVED (or another request moved it just now).")
    @PostMapping("/{id}/receive")
    Return receive(@PathVariable long id, @Valid @RequestBody Receipt receipt) {
        return returns.receive(id, receipt.restock());
    }

    @Operation(summary = "Refund a received return through the order's payment provider, once",
            description = "Without amount, refunds what the returned lines paid (unit price less the line's share of "
                    + "discounts, plus its tax when prices exclude tax), plus the order's shipping when the return "
                    + "brought the rest of the order back; an amount may only be lower. A second refund of the same "
                    + "return, even at the same moment, is a 409 and pays nothing.")
    @AnswersProblem(status = 409, when = "The return is not RECEIVED (refunded already, or just now by another "
            + "request), or the order has nothing left to refund.")
    @AnswersProblem(status = 503, when = "The payment provider did not answer; nothing changed here, and retrying "
            + "is safe (the refund's idempotency key gives back no more).")
    @PostMapping("/{id}/refund")
    Return refund(@PathVariable long id, @RequestBody(required = false) RefundOrder order) {
        return refunds.refund(id, order == null ? null : order.amount());
    }
}
