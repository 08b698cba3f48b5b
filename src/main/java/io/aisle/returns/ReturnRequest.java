package io.aisle.returns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A customer's request to send back units of some lines of their order: each line by its product and how many
 * units, why ({@link ReturnReason}; OTHER needs {@code reasonText}), and an optional note to the shop.
 */
public record ReturnRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines, @NotBlank String reason,
        @Size(max = 500) String reasonText, @Size(max = 1000) String note) {

    /** A line by its product and, for a product bought in several variants, the variant (else it may be null). */
    public record Line(long productId, Long variantId, @Positive int quantity) {

        public Line(long productId, int quantity) {
            this(productId, null, quantity);
        }
    }
}
