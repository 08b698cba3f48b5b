package io.aisle.shopping;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.identity.AccountService;
import io.aisle.shopping.data.WishlistRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer's wishlist: adding is idempotent, and deleted products drop out of the view. */
@Service
public class WishlistService {

    private final WishlistRepository wishlist;
    private final ProductService products;
    private final AccountService accounts;
    private final Clock clock;

    WishlistService(WishlistRepository wishlist, ProductService products, AccountService accounts, Clock clock) {
        this.wishlist = wishlist;
        this.products = products;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Wishlist view(long userId) {
        List<WishlistRepository.Entry> entries = wishlist.findEntries(userId);
        Map<Long, Product> catalog = products.findAll(entries.stream().map(WishlistRepository.Entry::productId).toList())
                .stream().collect(Collectors.toMap(Product::id, Function.identity()));
        return new Wishlist(entries.stream()
                .filter(entry -> catalog.containsKey(entry.productId()))
                .map(entry -> {
                    Product p = catalog.get(entry.productId());
                    return new Wishlist.Item(p.id(), p.name(), p.price(), p.stock(), p.imageUrl(), entry.addedAt());
                })
                .toList());
    }

    @Transactional(readOnly = true)
    public boolean contains(long userId, long productId) {
        return wishlist.contains(userId, productId);
    }

    /** Adds a listed product; adding it again changes nothing. */
    @Transactional
    public Wishlist add(long userId, long productId) {
        products.forSale(productId);
        // a still-valid access token of a deleted account must not add rows again
        accounts.get(userId);
        wishlist.add(userId, productId, clock.instant());
        return view(userId);
    }

    @Transactional
    public void remove(long userId, long productId) {
        wishlist.delete(userId, productId);
    }
}
