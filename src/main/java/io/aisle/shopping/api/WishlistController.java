package io.aisle.shopping.api;

import io.aisle.platform.CurrentUser;
import io.aisle.shopping.Wishlist;
import io.aisle.shopping.WishlistService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Wishlist")
@RestController
@RequestMapping("/api/v1/users/me/wishlist")
class WishlistController {

    private final WishlistService wishlist;

    WishlistController(WishlistService wishlist) {
        this.wishlist = wishlist;
    }

    @GetMapping
    Wishlist get(CurrentUser user) {
        return wishlist.view(user.id());
    }

    @Operation(summary = "Put a product on the wishlist (again is fine)")
    @PutMapping("/{productId}")
    Wishlist add(CurrentUser user, @PathVariable long productId) {
        return wishlist.add(user.id(), productId);
    }

    @DeleteMapping("/{productId}")
    ResponseEntity<Void> remove(CurrentUser user, @PathVariable long productId) {
        wishlist.remove(user.id(), productId);
        return ResponseEntity.noContent().build();
    }
}
