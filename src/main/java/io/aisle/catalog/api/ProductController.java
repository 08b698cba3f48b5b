package io.aisle.catalog.api;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductForm;
import io.aisle.catalog.ProductQuery;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.ProductSort;
import io.aisle.catalog.Variant;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog")
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

    private final ProductService products;

    ProductController(ProductService products) {
        this.products = products;
    }

    /** {@code variantId} may be left out for a product of one variant. */
    record StockAdjustment(@NotNull @Min(-1_000_000) @Max(1_000_000) Integer delta,
            @NotBlank @Size(max = 500) String reason, Long variantId) {
    }

    @Operation(summary = "List and search products",
            description = "q matches name, brand and description word by word; products matching more words rank first.")
    @GetMapping
    PageResult<Product> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice,
            @RequestParam(required = false) Integer minStock,
            @RequestParam(required = false) Integer maxStock,
            @RequestParam(required = false) Boolean inStock,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Optional<CurrentUser> user) {
        ProductQuery query = new ProductQuery(q, category, minPrice, maxPrice, minStock, maxStock, inStock,
                ProductSort.parse(sort), PageQuery.of(page, size));
        return products.search(query, user.map(CurrentUser::id).orElse(null));
    }

    @Operation(summary = "One product", description = "Customers see active, published products; the admin sees drafts,"
            + " archived and scheduled ones too.")
    @GetMapping("/{id}")
    Product get(@PathVariable long id, Optional<CurrentUser> user) {
        return user.filter(CurrentUser::admin).isPresent() ? products.get(id)
                : products.view(id, user.map(CurrentUser::id).orElse(null));
    }

    /** A product's option names and its variants, each with its values in the order of the names. */
    record Variants(long productId, List<String> options, List<Variant> variants) {
    }

    @Operation(summary = "A product's options (size, colour, ...) and variants with their SKU, price, sale price and stock")
    @GetMapping("/{id}/variants")
    Variants variants(@PathVariable long id, Optional<CurrentUser> user) {
        Product product = user.filter(CurrentUser::admin).isPresent() ? products.get(id) : products.forSale(id);
        return new Variants(product.id(), products.options(id), products.variants(id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 409, when = "A product with this SKU exists, or existed.")
    @PostMapping
    ResponseEntity<Product> create(@Valid @RequestBody ProductForm form) {
        Product product = products.create(form);
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.id())).body(product);
    }

    @AnswersProblem(status = 409, when = "Another product has this SKU, or had it.")
    @PutMapping("/{id}")
    Product update(@PathVariable long id, @Valid @RequestBody ProductForm form) {
        return products.update(id, form);
    }

    @Operation(summary = "Adjust stock by a delta, with a reason (audited)")
    @AnswersProblem(status = 409, when = "The change would take the stock below zero or past its maximum.")
    @PatchMapping("/{id}/stock")
    Product adjustStock(@PathVariable long id, @Valid @RequestBody StockAdjustment adjustment, CurrentUser admin) {
        return products.adjustStock(id, adjustment.variantId(), adjustment.delta(), adjustment.reason(), admin.id());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        products.delete(id);
        return ResponseEntity.noContent().build();
    }
}
