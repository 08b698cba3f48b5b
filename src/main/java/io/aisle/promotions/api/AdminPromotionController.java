package io.aisle.promotions.api;

import io.aisle.platform.AnswersProblem;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.promotions.Promotion;
import io.aisle.promotions.PromotionAdmin;
import io.aisle.promotions.PromotionForm;
import io.aisle.promotions.PromotionUsage;
import io.aisle.promotions.Redemption;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Promotions (admin)")
@RestController
@RequestMapping("/api/v1/admin/promotions")
class AdminPromotionController {

    private final PromotionAdmin promotions;

    AdminPromotionController(PromotionAdmin promotions) {
        this.promotions = promotions;
    }

    @Operation(summary = "Promotions, newest first, with their redemption count and the amount they took off",
            description = "Personal codes (retention campaigns) only with personal=true.")
    @GetMapping
    PageResult<PromotionUsage> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(defaultValue = "false") boolean personal) {
        return promotions.list(PageQuery.of(page, size), personal);
    }

    @GetMapping("/{id}")
    Promotion get(@PathVariable long id) {
        return promotions.get(id);
    }

    @Operation(summary = "Create an active promotion: with a code, customers enter it; without one, it applies by itself")
    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 409, when = "Another promotion has this code (codes ignore case).")
    @PostMapping
    ResponseEntity<Promotion> create(@Valid @RequestBody PromotionForm form) {
        Promotion promotion = promotions.create(form);
        return ResponseEntity.created(URI.create("/api/v1/admin/promotions/" + promotion.id())).body(promotion);
    }

    @Operation(summary = "Replace a promotion's settings; its status and redemptions stay")
    @AnswersProblem(status = 409, when = "Another promotion has this code (codes ignore case).")
    @PutMapping("/{id}")
    Promotion update(@PathVariable long id, @Valid @RequestBody PromotionForm form) {
        return promotions.update(id, form);
    }

    @Operation(summary = "Pause a promotion: it stops applying (an entered code is refused as paused) until resumed")
    @PostMapping("/{id}/pause")
    Promotion pause(@PathVariable long id) {
        return promotions.pause(id);
    }

    @Operation(summary = "Resume a paused promotion")
    @PostMapping("/{id}/resume")
    Promotion resume(@PathVariable long id) {
        return promotions.resume(id);
    }

    @Operation(summary = "The orders that redeemed the promotion, newest first")
    @GetMapping("/{id}/redemptions")
    PageResult<Redemption> redemptions(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return promotions.redemptions(id, PageQuery.of(page, size));
    }
}
