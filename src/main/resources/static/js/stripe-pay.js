// The payment page: mounts Stripe's Payment Element with the order's client secret and confirms the payment with
// Stripe, which sends the customer back to the return page (or shows an error here, e.g. a declined card).
(function () {
  'use strict';
  const form = document.getElementById('payment-form');
  if (!form) {
    return;
  }
  const error = document.getElementById('payment-error');
  const button = document.getElementById('pay-button');
  if (typeof window.Stripe !== 'function') {
    error.textContent = 'The payment form could not be loaded from Stripe. Please reload the page.';
    return;
  }
  const stripe = window.Stripe(form.dataset.publishableKey);
  const elements = stripe.elements({ clientSecret: form.dataset.clientSecret });
  elements.create('payment').mount('#payment-element');
  button.disabled = false;
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    button.disabled = true;
    error.textContent = '';
    const result = await stripe.confirmPayment({ elements: elements, confirmParams: { return_url: form.dataset.returnUrl } });
    // only reached when Stripe did not send the browser on: the payment was refused before any redirect
    error.textContent = (result.error && result.error.message) || 'The payment did not go through.';
    button.disabled = false;
  });
})();
