package io.aisle.storefront.catalog;

import io.aisle.catalog.Facets;
import io.aisle.catalog.Facets.FacetCount;
import io.aisle.catalog.PriceBands;
import io.aisle.catalog.ProductQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The facets of a listing as links that narrow it (or, for the value already chosen, widen it again), each
 * with how many products it leads to. Plain links: they work without JavaScript, and the URL keeps every
 * other filter.
 */
record FacetLinks(List<Group> groups) {

    /** One facet: its name and its values. */
    record Group(String name, List<Link> links) {
    }

    /** A value: what it reads, how many products, where it leads, and whether it is the one chosen now. */
    record Link(String label, long count, String href, boolean chosen) {
    }

    static FacetLinks of(Facets facets, ListingFilters filters, String path, String category) {
        List<Group> groups = new ArrayList<>();
        if (category == null) {
            groups.add(new Group("Category", facets.categories().stream().map(c -> new Link(c.label(), c.count(),
                    categoryUrl(c.value(), filters), false)).toList()));
        }
        groups.add(new Group("Brand", facets.brands().stream().map(b -> {
            boolean chosen = b.value().equals(filters.brand());
            return new Link(b.label(), b.count(), filters.with(filters.minPrice(), filters.maxPrice(), filters.inStock(),
                    chosen ? null : b.value(), filters.minRating()).url(path, 0), chosen);
        }).toList()));
        groups.add(new Group("Price", facets.prices().stream().map(p -> priceLink(p, filters, path)).toList()));
        groups.add(new Group("Rating", facets.ratings().stream().map(r -> {
            boolean chosen = Integer.valueOf(r.value()).equals(filters.minRating());
            return new Link(r.label(), r.count(), filters.with(filters.minPrice(), filters.maxPrice(), filters.inStock(),
                    filters.brand(), chosen ? null : Integer.valueOf(r.value())).url(path, 0), chosen);
        }).toList()));
        facets.options().forEach(o -> groups.add(new Group(o.name(), o.values().stream().map(v -> {
            ProductQuery.OptionValue value = new ProductQuery.OptionValue(o.name(), v.value());
            boolean chosen = value.equals(filters.option());
            return new Link(v.label(), v.count(), filters.withOption(chosen ? null : value).url(path, 0), chosen);
        }).toList())));
        if (facets.inStock() > 0) {
            groups.add(new Group("Availability", List.of(new Link("In stock", facets.inStock(), filters.with(
                    filters.minPrice(), filters.maxPrice(), !filters.inStock(), filters.brand(), filters.minRating())
                    .url(path, 0), filters.inStock()))));
        }
        return new FacetLinks(groups.stream().filter(g -> !g.links().isEmpty()).toList());
    }

    private static Link priceLink(FacetCount band, ListingFilters filters, String path) {
        BigDecimal lower = PriceBands.lower(band.value());
        BigDecimal upper = PriceBands.upper(band.value());
        boolean chosen = same(lower, filters.minPrice()) && same(upper, filters.maxPrice());
        ListingFilters next = chosen
                ? filters.with(null, null, filters.inStock(), filters.brand(), filters.minRating())
                : filters.with(lower, upper, filters.inStock(), filters.brand(), filters.minRating());
        return new Link(band.label(), band.count(), next.url(path, 0), chosen);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    /** A category facet on the search page leads to that category's page with the same words and filters. */
    private static String categoryUrl(String slug, ListingFilters filters) {
        String path = UriComponentsBuilder.fromPath("/c/{slug}").buildAndExpand(slug).encode().toUriString();
        return filters.url(path, 0);
    }
}
