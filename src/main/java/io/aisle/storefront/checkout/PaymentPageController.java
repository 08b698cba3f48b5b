package io.aisle.storefront.checkout;

import io.aisle.ordering.Order;
import io.aisle.ordering.OrderPayments;
import io.aisle.ordering.OrderService;
import io.aisle.ordering.StripeProperties;
import io.aisle.platform.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The payment page of an order waiting for its payment: Stripe's Payment Element, loaded from Stripe, takes the card
 * (and 3-D Secure) in the customer's browser, so no card data ever reaches the shop. Stripe then sends the customer
 * back to the return page, which goes to the order's page with how the payment stands; that page follows the order
 * live, so it turns to confirmed when Stripe's webhook arrives. A customer's order is paid at
 * {@code /checkout/pay/{id}}, a guest's behind its secret link at {@code /orders/{secret}/pay}.
 */
@Controller
class PaymentPageController {

    private final OrderService orders;
    private final OrderPayments payments;
    private final StripeProperties stripe;

    PaymentPageController(OrderService orders, OrderPayments payments, StripeProperties stripe) {
        this.orders = orders;
        this.payments = payments;
        this.stripe = stripe;
    }

    @GetMapping("/checkout/pay/{orderId:[0-9]{1,18}}")
    String pay(@PathVariable long orderId, Optional<CurrentUser> user, Model model, HttpServletResponse response) {
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        Order order = orders.getMine(user.get().id(), orderId);
        return page(order, "/account/orders/" + orderId, "/checkout/pay/" + orderId + "/return", model, response);
    }

    @GetMapping("/orders/{secret:[A-Za-z0-9_-]{20,100}}/pay")
    String payAsGuest(@PathVariable String secret, Model model, HttpServletResponse response) {
        Order order = orders.getByLink(secret);
        return page(order, "/orders/" + secret, "/orders/" + secret + "/pay/return", model, response);
    }

    @GetMapping("/checkout/pay/{orderId:[0-9]{1,18}}/return")
    String returned(@PathVariable long orderId, @RequestParam(name = "redirect_status", required = false) String status,
            Optional<CurrentUser> user, RedirectAttributes redirect) {
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        orders.getMine(user.get().id(), orderId);
        return back("/account/orders/" + orderId, "/checkout/pay/" + orderId, status, redirect);
    }

    @GetMapping("/orders/{secret:[A-Za-z0-9_-]{20,100}}/pay/return")
    String returnedAsGuest(@PathVariable String secret,
            @RequestParam(name = "redirect_status", required = false) String status, RedirectAttributes redirect) {
        orders.getByLink(secret);
        return back("/orders/" + secret, "/orders/" + secret + "/pay", status, redirect);
    }

    private String page(Order order, String orderPage, String returnPath, Model model, HttpServletResponse response) {
        String clientSecret = payments.clientSecret(order);
        if (clientSecret == null) {
            // paid, cancelled, or not paid through a payment form: the order's page says which
            return "redirect:" + orderPage;
        }
        response.setHeader("Content-Security-Policy", PaymentPagePolicy.of(stripe));
        model.addAttribute("order", order);
        model.addAttribute("orderPage", orderPage);
        model.addAttribute("clientSecret", clientSecret);
        model.addAttribute("publishableKey", stripe.publishableKey());
        model.addAttribute("jsUrl", stripe.jsUrl());
        model.addAttribute("returnUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(returnPath)
                .toUriString());
        return "storefront/checkout/pay";
    }

    /** To the order's page, saying how Stripe left the payment (its page then follows the order live). */
    private static String back(String orderPage, String payPage, String status, RedirectAttributes redirect) {
        if ("succeeded".equals(status)) {
            redirect.addFlashAttribute("message", "Thank you! Your payment went through. Your order is confirmed "
                    + "as soon as Stripe tells us, which this page shows by itself.");
        } else if ("processing".equals(status)) {
            redirect.addFlashAttribute("message", "Your payment is processing. This page shows when it is done.");
        } else {
            redirect.addFlashAttribute("error", "Your payment did not go through, and nothing was charged. You can "
                    + "try again with another payment method while the order holds its items.");
            return "redirect:" + payPage;
        }
        return "redirect:" + orderPage;
    }
}
