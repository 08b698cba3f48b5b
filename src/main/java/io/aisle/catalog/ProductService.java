package io.aisle.catalog;

import io.aisle.catalog.data.CategoryRepository;
import io.aisle.catalog.data.OptionRepository;
import io.aisle.catalog.data.ProductRepository;
import io.aisle.catalog.data.ProductRepository.ProductDetails;
import io.aisle.catalog.data.StockAdjustmentRepository;
import io.aisle.catalog.data.VariantRepository;
import io.aisle.platform.ConflictException;
import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.taxes.TaxClass;
import java.time.Clock;
import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the catalog, and the admin's changes to it. */
@Service
public class ProductService {

    private static final String CURRENCY = "USD";

    private final ProductRepository products;
    private final VariantRepository variants;
    private final OptionRepository options;
    private final VariantWriter variantWriter;
    private final CategoryRepository categories;
    private final StockAdjustmentRepository adjustments;
    private final ProductCache cache;
    private final ListingTotals totals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductService(ProductRepository products, VariantRepository variants, OptionRepository options,
            VariantWriter variantWriter, CategoryRepository categories, StockAdjustmentRepository adjustments,
            ProductCache cache, ListingTotals totals, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.variants = variants;
        this.options = options;
        this.variantWriter = variantWriter;
        this.cache = cache;
        this.totals = totals;
        this.categories = categories;
        this.adjustments = adjustments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of the products customers see (active and published) matching the query; a page past the end is
     * empty. Served from the short-lived {@link ProductCache} when the same query was just answered.
     */
    public PageResult<Product> search(ProductQuery query) {
        return cache.listing(query, q -> searchDatabase(q, false));
    }

    /** Like {@link #search}, with drafts, archived and not yet published products too: the admin's list. */
    @Transactional(readOnly = true)
    public PageResult<Product> searchEveryStatus(ProductQuery query) {
        return searchDatabase(query, true);
    }

    private PageResult<Product> searchDatabase(ProductQuery query, boolean everyStatus) {
        List<Product> content = products.search(query, everyStatus, clock.instant());
        // a short page tells the total without a second query
        boolean lastPage = content.size() < query.page().size() && (!content.isEmpty() || query.page().page() == 0);
        long total = lastPage ? query.page().offset() + content.size()
                : totals.of(query, everyStatus, () -> products.count(query, everyStatus, clock.instant()));
        return PageResult.of(content, query.page(), total);
    }

    /**
     * The facet counts of a listing (every page of it): categories, brands, price bands, ratings, in stock and
     * option values. Cached like listings.
     */
    public Facets facets(ProductQuery query) {
        return cache.facets(query.withPage(PageQuery.of(null, null)), q -> {
            Instant now = clock.instant();
            List<Facets.Row> rows = new java.util.ArrayList<>(products.facets(q, now));
            rows.addAll(products.optionFacets(q, now));
            return Facets.of(rows);
        });
    }

    /** These products narrowed to those with a variant for sale that has the option value (all when it is null). */
    public List<Product> withOptionValue(List<Product> found, ProductQuery.OptionValue option) {
        if (option == null || found.isEmpty()) {
            return found;
        }
        java.util.Set<Long> having = java.util.Set.copyOf(products.findIdsWithOptionValue(
                found.stream().map(Product::id).toList(), option.name(), option.value()));
        return found.stream().filter(p -> having.contains(p.id())).toList();
    }

    /** The facet counts of these products (a listing ranked in memory): counted here, option values in SQL. */
    public Facets facetsOf(List<Product> found) {
        return Facets.count(found, found.isEmpty() ? List.of()
                : products.optionFacets(found.stream().map(Product::id).toList()));
    }

    /** Like {@link #search} and records the search for a signed-in customer ({@code userId} may be null). */
    public PageResult<Product> search(ProductQuery query, Long userId) {
        PageResult<Product> result = search(query);
        if (userId != null && query.text() != null && !query.text().isBlank()) {
            events.publishEvent(new ProductsSearched(userId, query.text().strip(), result.page().totalElements()));
        }
        return result;
    }

    /**
     * The product, whatever its status (from the short-lived cache when it was just read): for the admin and for
     * what refers to a product already (orders, reviews). Customers' reads go through {@link #view} and
     * {@link #findAll}, which see only what is for sale.
     */
    public Product get(long id) {
        return cache.product(id, products::findById).orElseThrow(() -> new ProductNotFoundException(id));
    }

    /** Straight from the database: inside a write, the cache still holds the state before it. */
    private Product load(long id) {
        return products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
    }

    /** The product if customers see it now (see {@link Product#visible}). */
    public Product forSale(long id) {
        Product product = get(id);
        if (!product.visible(clock.instant())) {
            throw new ProductNotFoundException(id);
        }
        return product;
    }

    /** Like {@link #forSale} and records the view for a signed-in customer ({@code userId} may be null). */
    public Product view(long id, Long userId) {
        Product product = forSale(id);
        if (userId != null) {
            events.publishEvent(new ProductViewed(userId, id));
        }
        return product;
    }

    /**
     * The products among the ids that customers see now, in no particular order; unknown, deleted, draft,
     * archived and unpublished ids are left out. Products read a moment ago come from the cache; the rest in one query.
     */
    public List<Product> findAll(Collection<Long> ids) {
        return cache.products(ids, products::findAllById).stream().filter(p -> p.visible(clock.instant())).toList();
    }

    /** The product's option names (size, colour, ...) in order; none for a product without options. */
    public List<String> options(long productId) {
        return cache.options(productId, options::findNames);
    }

    /** The product's variants that are for sale, in their order; one for a product without options. */
    public List<Variant> variants(long productId) {
        return cache.variants(productId, variants::findByProduct);
    }

    /**
     * The product as the variant a customer picked: {@code variantId} must be one of the product's variants; it may
     * be left out (null) for a product of one variant. The product must be for sale.
     */
    public Product forSale(long productId, Long variantId) {
        Product product = forSale(productId);
        List<Variant> all = variants(productId);
        if (variantId == null) {
            if (all.size() != 1) {
                throw new InvalidRequestException("variantId", "must name one of the variants of " + product.name()
                        + " (" + all.stream().map(v -> v.id() + " = " + v.title()).collect(Collectors.joining(", ")) + ")");
            }
            return product.as(all.get(0));
        }
        return all.stream().filter(v -> v.id() == variantId).findFirst().map(product::as)
                .orElseThrow(() -> new InvalidRequestException("variantId", "is not a variant of " + product.name()));
    }

    /**
     * The variants among the ids, each as its product ({@link Product#as}), for sale now; unknown, deleted and
     * not-for-sale ones are left out. What carts are priced from.
     */
    public List<Product> findVariants(Collection<Long> variantIds) {
        List<Variant> found = variants.findAllById(variantIds);
        Map<Long, Product> owners = findAll(found.stream().map(Variant::productId).distinct().toList()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        return found.stream().filter(v -> owners.containsKey(v.productId()))
                .map(v -> owners.get(v.productId()).as(v)).toList();
    }

    /**
     * The product each of these SKUs belongs to (a variant's or the product's own), for products not deleted; unknown
     * SKUs are left out. Straight from the database: what an import matches its rows by.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> productIdsBySku(Collection<String> skus) {
        return variants.findOwnersBySku(skus);
    }

    /** The product's variants as stored now, not from the cache: inside a write that changes them. */
    @Transactional(readOnly = true)
    public List<Variant> currentVariants(long productId) {
        return variants.findByProduct(productId);
    }

    /** The listed products with these SKUs, in no particular order; unknown and deleted SKUs are left out. */
    @Transactional(readOnly = true)
    public List<Product> findAllBySku(Collection<String> skus) {
        return products.findAllBySku(skus);
    }

    /** The brands of the products customers see now, each once, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> brands() {
        return products.findBrands(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Product> lowStock(int threshold, int limit) {
        return products.findLowStock(threshold, limit);
    }

    @Transactional
    public Product create(ProductForm form) {
        variantWriter.check(form);
        if (products.existsBySku(form.sku()) || !variants.findProductIdsBySku(List.of(form.sku().strip())).isEmpty()) {
            throw duplicateSku(form.sku());
        }
        ProductDetails details = details(form, TaxClass.STANDARD.code(), 0, ProductStatus.ACTIVE, null);
        long id = products.insert(details, clock.instant());
        variantWriter.write(id, form, true);
        if (form.imageUrl() == null || form.imageUrl().isBlank()) {
            products.setImageUrl(id, ProductImages.urlFor(id));
        }
        Product created = load(id);
        events.publishEvent(new ProductChanged(id, ProductChanged.Kind.CREATED, created.stock()));
        return created;
    }

    @Transactional
    public Product update(long id, ProductForm form) {
        variantWriter.check(form);
        Product current = load(id);
        boolean skuOfAnother = products.existsBySku(form.sku())
                || variants.findProductIdsBySku(List.of(form.sku().strip())).stream().anyMatch(owner -> owner != id);
        if (!current.sku().equals(form.sku()) && skuOfAnother) {
            throw duplicateSku(form.sku());
        }
        ProductDetails details = details(form, current.taxClass(), current.weightGrams(), current.status(),
                current.publishAt());
        if (form.imageUrl() == null || form.imageUrl().isBlank()) {
            details = new ProductDetails(details.sku(), details.name(), details.brand(), details.categoryId(),
                    details.description(), details.price(), details.currency(), current.imageUrl(),
                    details.taxClass(), details.weightGrams(), details.status(), details.publishAt());
        }
        // variants before their product, as checkouts lock them
        variants.lockByProduct(id);
        if (!products.update(id, details, clock.instant())) {
            throw new ProductNotFoundException(id);
        }
        variantWriter.write(id, form, false);
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
     * An audited manual stock change (a delivery, a count, breakage) of one variant; {@code variantId} may be left
     * out for a product of one variant. Refused if it would go below zero or above {@link ProductForm#MAX_STOCK}.
     */
    @Transactional
    public Product adjustStock(long id, Long variantId, int delta, String reason, Long actorId) {
        if (delta == 0) {
            throw new InvalidRequestException("delta", "must not be 0");
        }
        Product product = load(id);
        Variant variant = variantOf(product, variantId);
        if (!variants.changeStock(variant.id(), delta, ProductForm.MAX_STOCK)) {
            int stock = variants.findStockForUpdate(variant.id()).orElse(0);
            String name = product.as(variant).lineName();
            throw stock + (long) delta < 0
                    ? new ConflictException("Not enough stock", "Stock of " + name + " is " + stock
                            + "; it cannot go below zero.")
                    : new ConflictException("Too much stock", "Stock of " + name + " is " + stock
                            + "; it cannot go above " + String.format(java.util.Locale.ROOT, "%,d", ProductForm.MAX_STOCK) + ".");
        }
        products.moveStock(id, delta);
        adjustments.insert(id, variant.id(), delta, reason, actorId, clock.instant());
        Product updated = load(id);
        events.publishEvent(new ProductChanged(id, ProductChanged.Kind.STOCK, updated.stock(), updated.stock() - delta));
        return updated;
    }

    /** Like {@link #adjustStock(long, Long, int, String, Long)} for a product of one variant. */
    @Transactional
    public Product adjustStock(long id, int delta, String reason, Long actorId) {
        return adjustStock(id, null, delta, reason, actorId);
    }

    private Variant variantOf(Product product, Long variantId) {
        List<Variant> all = variants.findByProduct(product.id());
        if (variantId == null) {
            if (all.size() != 1) {
                throw new InvalidRequestException("variantId", "must name the variant of " + product.name() + " whose stock moves");
            }
            return all.get(0);
        }
        return all.stream().filter(v -> v.id() == variantId).findFirst()
                .orElseThrow(() -> new InvalidRequestException("variantId", "is not a variant of " + product.name()));
    }

    /** The form's fields; a tax class, weight or status the form leaves out is taken from the given ones. */
    private ProductDetails details(ProductForm form, String taxClass, int weightGrams, ProductStatus status,
            java.time.Instant publishAt) {
        long categoryId = categories.findIdBySlug(form.category().trim())
                .orElseThrow(() -> new InvalidRequestException("category", "must be the slug of an existing category"));
        String givenClass = form.taxClass() == null ? taxClass : TaxClass.parse(form.taxClass())
                .orElseThrow(() -> new InvalidRequestException("taxClass", "must be one of " + String.join(", ", TaxClass.codes())))
                .code();
        return new ProductDetails(form.sku().trim(), form.name().strip(), form.brand().strip(), categoryId,
                form.description().strip(), form.price(), CURRENCY, blankToNull(form.imageUrl()), givenClass,
                form.weightGrams() == null ? weightGrams : form.weightGrams(),
                ProductStatus.parse(form.status(), status).name(),
                // a client that says nothing of the status keeps the schedule too
                form.status() == null && form.publishAt() == null ? publishAt : form.publishAt());
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
