package io.aisle.catalog;

import io.aisle.catalog.data.CategoryRepository;
import io.aisle.catalog.data.ProductRepository;
import io.aisle.catalog.data.ProductRepository.ProductDetails;
import io.aisle.catalog.data.StockAdjustmentRepository;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.taxes.TaxClass;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the catalog, and the admin's changes to it. */
@Service
public class ProductService {

    private static final String CURRENCY = "USD";

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final StockAdjustmentRepository adjustments;
    private final ProductCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductService(ProductRepository products, CategoryRepository categories, StockAdjustmentRepository adjustments,
            ProductCache cache, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.cache = cache;
        this.categories = categories;
        this.adjustments = adjustments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of listed products matching the query; a page past the end is empty. Served from the
     * short-lived {@link ProductCache} when the same query was just answered.
     */
    public PageResult<Product> search(ProductQuery query) {
        return cache.listing(query, this::searchDatabase);
    }

    private PageResult<Product> searchDatabase(ProductQuery query) {
        List<Product> content = products.search(query);
        // a short page tells the total without a second query
        boolean lastPage = content.size() < query.page().size() && (!content.isEmpty() || query.page().page() == 0);
        long total = lastPage ? query.page().offset() + content.size() : products.count(query);
        return PageResult.of(content, query.page(), total);
    }

    /**
     * The facet counts of a listing (every page of it): categories, brands, price bands, ratings, in stock.
     * Cached like listings.
     */
    public Facets facets(ProductQuery query) {
        return cache.facets(query.withPage(PageQuery.of(null, null)),
                q -> Facets.of(products.facets(q), List.of()));
    }

    /** Like {@link #search} and records the search for a signed-in customer ({@code userId} may be null). */
    public PageResult<Product> search(ProductQuery query, Long userId) {
        PageResult<Product> result = search(query);
        if (userId != null && query.text() != null && !query.text().isBlank()) {
            events.publishEvent(new ProductsSearched(userId, query.text().strip(), result.page().totalElements()));
        }
        return result;
    }

    /** The listed product (from the short-lived cache when it was just read). */
    public Product get(long id) {
        return cache.product(id, products::findById).orElseThrow(() -> new ProductNotFoundException(id));
    }

    /** Straight from the database: inside a write, the cache still holds the state before it. */
    private Product load(long id) {
        return products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
    }

    /** Like {@link #get} and records the view for a signed-in customer ({@code userId} may be null). */
    public Product view(long id, Long userId) {
        Product product = get(id);
        if (userId != null) {
            events.publishEvent(new ProductViewed(userId, id));
        }
        return product;
    }

    /**
     * The listed products among the ids, in no particular order; unknown and deleted ids are left out.
     * Products read a moment ago come from the cache; the rest in one query.
     */
    public List<Product> findAll(Collection<Long> ids) {
        return cache.products(ids, products::findAllById);
    }

    /** The listed products with these SKUs, in no particular order; unknown and deleted SKUs are left out. */
    @Transactional(readOnly = true)
    public List<Product> findAllBySku(Collection<String> skus) {
        return products.findAllBySku(skus);
    }

    @Transactional(readOnly = true)
    public List<Product> lowStock(int threshold, int limit) {
        return products.findLowStock(threshold, limit);
    }

    @Transactional
    public Product create(ProductForm form) {
        if (products.existsBySku(form.sku())) {
            throw duplicateSku(form.sku());
        }
        ProductDetails details = details(form, TaxClass.STANDARD.code(), 0);
        long id = products.insert(details, form.stock() == null ? 0 : form.stock(), clock.instant());
        if (form.imageUrl() == null || form.imageUrl().isBlank()) {
            products.setImageUrl(id, ProductImages.urlFor(id));
        }
        events.publishEvent(new ProductChanged(id, ProductChanged.Kind.CREATED, form.stock() == null ? 0 : form.stock()));
        return load(id);
    }

    @Transactional
    public Product update(long id, ProductForm form) {
        Product current = load(id);
        if (!current.sku().equals(form.sku()) && products.existsBySku(form.sku())) {
            throw duplicateSku(form.sku());
        }
        ProductDetails details = details(form, current.taxClass(), current.weightGrams());
        if (form.imageUrl() == null || form.imageUrl().isBlank()) {
            details = new ProductDetails(details.sku(), details.name(), details.brand(), details.categoryId(),
                    details.description(), details.price(), details.currency(), current.imageUrl(),
                    details.taxClass(), details.weightGrams());
        }
        if (!products.update(id, details, clock.instant())) {
            throw new ProductNotFoundException(id);
        }
        Product updated = load(id);
        events.publishEvent(new ProductChanged(id, ProductChanged.Kind.UPDATED, updated.stock()));
        return updated;
    }

    /** Takes the product out of the catalog and search; past orders keep their own copy of it. */
    @Transactional
    public void delete(long id) {
        if (!products.softDelete(id, clock.instant())) {
            throw new ProductNotFoundException(id);
        }
        events.publishEvent(new ProductChanged(id, ProductChanged.Kind.DELETED, 0));
    }

    /**
     * An audited manual stock change (a delivery, a count, breakage). Refused if it would go below zero or
     * above {@link ProductForm#MAX_STOCK}.
     */
    @Transactional
    public Product adjustStock(long id, int delta, String reason, Long actorId) {
        if (delta == 0) {
            throw new InvalidRequestException("delta", "must not be 0");
        }
        load(id);
        if (!products.changeStock(id, delta, ProductForm.MAX_STOCK)) {
            Product now = load(id);
            throw now.stock() + (long) delta < 0
                    ? new ConflictException("Not enough stock", "Stock of " + now.name() + " is " + now.stock()
                            + "; it cannot go below zero.")
                    : new ConflictException("Too much stock", "Stock of " + now.name() + " is " + now.stock()
                            + "; it cannot go above " + String.format(java.util.Locale.ROOT, "%,d", ProductForm.MAX_STOCK) + ".");
        }
        adjustments.insert(id, delta, reason, actorId, clock.instant());
        Product updated = load(id);
        events.publishEvent(new ProductChanged(id, ProductChanged.Kind.STOCK, updated.stock()));
        return updated;
    }

    /** The form's fields; a tax class or weight the form leaves out is taken from the given ones. */
    private ProductDetails details(ProductForm form, String taxClass, int weightGrams) {
        long categoryId = categories.findIdBySlug(form.category().trim())
                .orElseThrow(() -> new InvalidRequestException("category", "must be the slug of an existing category"));
        String givenClass = form.taxClass() == null ? taxClass : TaxClass.parse(form.taxClass())
                .orElseThrow(() -> new InvalidRequestException("taxClass", "must be one of " + String.join(", ", TaxClass.codes())))
                .code();
        return new ProductDetails(form.sku().trim(), form.name().strip(), form.brand().strip(), categoryId,
                form.description().strip(), form.price(), CURRENCY, blankToNull(form.imageUrl()), givenClass,
                form.weightGrams() == null ? weightGrams : form.weightGrams());
    }

    /** A SKU stays taken after its product is deleted: past orders and imports still refer to it. */
    private static ConflictException duplicateSku(String sku) {
        return new ConflictException("Duplicate SKU", "A product with SKU " + sku + " already exists, or existed"
                + " and was deleted: a SKU is never reused, because past orders refer to it.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
