package io.aisle.returns.api;

import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.aisle.returns.RequestedReturn;
import io.aisle.returns.Return;
import io.aisle.returns.ReturnRequest;
import io.aisle.returns.ReturnService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Returns")
@RestController
class ReturnController {

    /** Set on the answer to a request that repeated an idempotency key: the return was made earlier. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final ReturnService returns;

    ReturnController(ReturnService returns) {
        this.returns = returns;
    }

    @Operation(summary = "Ask to return units of a delivered order",
            description = "Within the return window after delivery (30 days unless the shop says otherwise), name "
                    + "the lines (productId, quantity) and a reason: WRONG_SIZE, DAMAGED, NOT_AS_DESCRIBED, "
                    + "CHANGED_MIND, or OTHER with reasonText. A unit can be in one return only (a rejected return "
                    + "frees its units). Send an Idempotency-Key header (up to 100 characters) to make retries safe: "
                    + "the same key answers the same return. Another customer's order is a 404.")
    @AnswersProblem(status = 409, when = "The order is not delivered, the return window has passed (the answer says "
            + "until when returns were possible, returnableUntil), or a line has fewer units left to return (named "
            + "in the answer, with returnable); nothing was requested.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/orders/{orderId}/returns")
    ResponseEntity<Return> request(CurrentUser user, @PathVariable long orderId,
            @Valid @RequestBody ReturnRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        RequestedReturn requested = returns.request(user.id(), orderId, request, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/returns/" + requested.value().id()))
                .header(REPLAYED_HEADER, Boolean.toString(requested.replayed()))
                .body(requested.value());
    }

    @Operation(summary = "The returns of one of the customer's orders, oldest first")
    @GetMapping("/api/v1/orders/{orderId}/returns")
    List<Return> ofOrder(CurrentUser user, @PathVariable long orderId) {
        return returns.ofMyOrder(user.id(), orderId);
    }

    @Operation(summary = "One of the customer's returns, with its lines, status and refund")
    @GetMapping("/api/v1/returns/{id}")
    Return get(CurrentUser user, @PathVariable long id) {
        return returns.getMine(user.id(), id);
    }
}
