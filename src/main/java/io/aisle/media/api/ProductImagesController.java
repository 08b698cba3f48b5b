package io.aisle.media.api;

import io.aisle.catalog.ProductService;
import io.aisle.media.ProductImage;
import io.aisle.media.ProductMedia;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Products' pictures: anyone lists them; admins upload, reorder, describe and delete them (see docs/media.md). */
@Tag(name = "Product media")
@RestController
@RequestMapping("/api/v1/products/{productId}/images")
class ProductImagesController {

    private final ProductMedia media;
    private final ProductService products;

    ProductImagesController(ProductMedia media, ProductService products) {
        this.media = media;
        this.products = products;
    }

    record ImageOrder(@NotEmpty @Size(max = 500) List<@NotNull Long> imageIds) {
    }

    record ImageText(@NotNull @Size(max = 300) String alt) {
    }

    @Operation(summary = "The product's pictures in order, each with src and srcset of its responsive sizes")
    @GetMapping
    List<ProductImage> list(@PathVariable long productId, Optional<CurrentUser> user) {
        // a draft's pictures and their alt text are the admin's until it is for sale
        if (user.filter(CurrentUser::admin).isEmpty()) {
            products.forSale(productId);
        }
        return media.of(productId);
    }

    @Operation(summary = "Upload a picture (admin)", description = "multipart/form-data with the image in 'file', "
            + "optional 'alt' text and 'variantId'. The image is checked by decoding it (JPEG, PNG, GIF, BMP), "
            + "stored without its metadata in responsive widths, and put after the product's other pictures. "
            + "The same bytes uploaded again for the product answer the existing picture.")
    @AnswersProblem(status = 413, when = "The file is larger than AISLE_MEDIA_MAX_SIZE.")
    @AnswersProblem(status = 415, when = "The file is not an image the shop can read.")
    @AnswersProblem(status = 422, when = "The image declares more pixels than AISLE_MEDIA_MAX_PIXELS, or is damaged or truncated.")
    @AnswersProblem(status = 503, when = "Too many images are being processed at once; retry after the Retry-After seconds.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProductImage> upload(@PathVariable long productId, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String alt, @RequestParam(required = false) Long variantId)
            throws IOException {
        ProductImage image = media.upload(productId, variantId, file.getOriginalFilename(), file.getBytes(), alt);
        return ResponseEntity.created(URI.create("/api/v1/products/" + productId + "/images/" + image.id())).body(image);
    }

    @Operation(summary = "Put the product's pictures in this order (admin)")
    @AnswersProblem(status = 409, when = "The list does not name every picture of the product exactly once "
            + "(a picture was added or deleted meanwhile): the answer's imageIds are the current ones.")
    @PutMapping("/order")
    List<ProductImage> reorder(@PathVariable long productId, @Valid @RequestBody ImageOrder order) {
        return media.reorder(productId, order.imageIds());
    }

    @Operation(summary = "Set a picture's alternative text (admin)")
    @PatchMapping("/{imageId}")
    ProductImage describe(@PathVariable long productId, @PathVariable long imageId, @Valid @RequestBody ImageText text) {
        return media.describe(productId, imageId, text.alt());
    }

    @Operation(summary = "Delete a picture and its files (admin)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{imageId}")
    void delete(@PathVariable long productId, @PathVariable long imageId) {
        media.delete(productId, imageId);
    }
}
