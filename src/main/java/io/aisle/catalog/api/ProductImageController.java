package io.aisle.catalog.api;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.platform.CurrentUser;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product pictures drawn on the server as SVG, so the shop shows images with no outside URLs and no
 * image files to manage. An admin can still set an {@code imageUrl} of their own.
 */
@RestController
class ProductImageController {

    private final ProductService products;

    ProductImageController(ProductService products) {
        this.products = products;
    }

    @GetMapping(value = "/images/products/{id}.svg", produces = "image/svg+xml")
    ResponseEntity<String> image(@PathVariable long id, Optional<CurrentUser> user) {
        // the art carries the name and brand: of a draft, only for the admin, and not kept by shared caches
        boolean admin = user.filter(CurrentUser::admin).isPresent();
        Product product = admin ? products.get(id) : products.forSale(id);
        return ResponseEntity.ok()
                .cacheControl(admin ? CacheControl.noStore() : CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(ProductArt.svg(product));
    }
}
