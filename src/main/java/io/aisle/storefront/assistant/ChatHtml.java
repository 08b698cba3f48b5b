package io.aisle.storefront.assistant;

import io.aisle.assistant.ProductLink;
import io.aisle.storefront.internal.Money;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML pieces the answer stream sends (escaped here: every value, the customer's and the model's
 * words included, is text, never markup). The pieces go over SSE, outside a template's rendering.
 */
final class ChatHtml {

    private ChatHtml() {
    }

    static String text(String chunk) {
        return HtmlUtils.htmlEscape(chunk);
    }

    /** The answer's products with an "Add to cart" button each: adding is the customer's own click. */
    static String products(List<ProductLink> products, Money money, CsrfToken csrf) {
        StringBuilder html = new StringBuilder();
        if (!products.isEmpty()) {
            html.append("<ul class=\"chat-products\">");
        }
        for (ProductLink p : products) {
            html.append("<li class=\"chat-product\"><a href=\"").append(HtmlUtils.htmlEscape(p.url())).append("\">")
                    .append(HtmlUtils.htmlEscape(p.name())).append("</a> <span class=\"price\">")
                    .append(HtmlUtils.htmlEscape(money.format(p.price()))).append("</span>");
            if (p.inStock()) {
                html.append("<form method=\"post\" action=\"/cart/items\" hx-post=\"/cart/items\"")
                        .append(" hx-target=\"next .chat-cart-status\" hx-swap=\"innerHTML\">")
                        .append("<input type=\"hidden\" name=\"productId\" value=\"").append(p.id()).append("\">")
                        .append("<input type=\"hidden\" name=\"quantity\" value=\"1\">");
                if (csrf != null) {
                    html.append("<input type=\"hidden\" name=\"").append(HtmlUtils.htmlEscape(csrf.getParameterName()))
                            .append("\" value=\"").append(HtmlUtils.htmlEscape(csrf.getToken())).append("\">");
                }
                html.append("<button type=\"submit\" class=\"btn-small\">Add to cart</button></form>")
                        .append("<span class=\"chat-cart-status\" role=\"status\"></span>");
            } else {
                html.append(" <span class=\"stock out\">Out of stock</span>");
            }
            html.append("</li>");
        }
        if (!products.isEmpty()) {
            html.append("</ul>");
        }
        return html.toString();
    }
}
