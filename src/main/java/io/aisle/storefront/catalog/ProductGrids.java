package io.aisle.storefront.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aisle.catalog.CatalogProperties;
import io.aisle.catalog.Product;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Grids of product cards as HTML, rendered once for the same products and kept for the catalog cache's TTL. A grid
 * of twenty cards was most of the home page's time (each card evaluates a dozen expressions through reflection), and
 * its HTML depends on nothing but its products and the locale: no user, no session, no token (links are not rewritten with a
 * session id). The products, stock and prices included, are the key, so a grid is never older than the products it
 * is given; only an uploaded picture may take up to the TTL to show, as on other instances.
 */
@Component
class ProductGrids {

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final Cache<Grid, String> rendered;

    /** What a grid's HTML depends on: its products and the request's locale (ratings are formatted in it). */
    private record Grid(List<Product> products, Locale locale) {
    }

    ProductGrids(ITemplateEngine templates, ApplicationContext application, CatalogProperties catalog) {
        this.templates = templates;
        this.application = application;
        this.rendered = Caffeine.newBuilder().expireAfterWrite(catalog.cacheTtl()).maximumSize(64).build();
    }

    /** The {@code storefront/fragments :: product-grid} of these products, as a page of this request shows it. */
    String html(List<Product> products, HttpServletRequest request, HttpServletResponse response) {
        return rendered.get(new Grid(List.copyOf(products), RequestContextUtils.getLocale(request)),
                grid -> render(grid, request, response));
    }

    private String render(Grid grid, HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        // what Spring's view gives a page: @beans (the pictures, the money format) resolve in the application
        Map<String, Object> variables = Map.of("products", grid.products(),
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process("storefront/fragments", Set.of("product-grid"),
                new WebContext(exchange, grid.locale(), variables));
    }
}
