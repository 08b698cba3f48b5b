// A fake of the part of Stripe.js the payment page uses, served by the tests' fake Stripe: Stripe(key),
// elements({clientSecret}), create('payment').mount(selector) (a card-number field standing in for Stripe's frame),
// and confirmPayment({elements, confirmParams: {return_url}}), which confirms the PaymentIntent with the fake, runs a
// 3-D Secure challenge when the card asks for one, and then goes to return_url as Stripe does.
(function () {
  'use strict';
  const base = new URL(document.currentScript.src).origin;

  async function post(path, params) {
    const answer = await fetch(base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params)
    });
    return answer.json();
  }

  function challenge() {
    return new Promise(function (done) {
      const dialog = document.createElement('div');
      dialog.id = 'fake-3ds';
      dialog.setAttribute('role', 'dialog');
      dialog.innerHTML = '<p>3-D Secure: your bank asks you to confirm this payment.</p>'
        + '<button type="button" id="fake-3ds-complete">Complete authentication</button>';
      document.body.appendChild(dialog);
      dialog.querySelector('button').addEventListener('click', function () {
        dialog.remove();
        done();
      });
    });
  }

  window.Stripe = function (key) {
    return {
      elements: function (options) {
        let field = null;
        return {
          clientSecret: options.clientSecret,
          card: function () { return field ? field.value : ''; },
          create: function () {
            return {
              mount: function (selector) {
                const host = document.querySelector(selector);
                host.innerHTML = '<label>Card number <input id="fake-card" autocomplete="off"></label>';
                field = host.querySelector('input');
              }
            };
          }
        };
      },
      confirmPayment: async function (request) {
        const secret = request.elements.clientSecret;
        const id = secret.split('_secret_')[0];
        let intent = await post('/v1/payment_intents/' + id + '/confirm',
          { key: key, client_secret: secret, card: request.elements.card() });
        if (intent.error) {
          return { error: intent.error };
        }
        if (intent.status === 'requires_action') {
          await challenge();
          intent = await post('/test/payment_intents/' + id + '/3ds', { key: key, client_secret: secret });
        }
        const back = new URL(request.confirmParams.return_url);
        back.searchParams.set('payment_intent', id);
        back.searchParams.set('payment_intent_client_secret', secret);
        back.searchParams.set('redirect_status', intent.status === 'succeeded' || intent.status === 'requires_capture'
          ? 'succeeded' : intent.status === 'processing' ? 'processing' : 'failed');
        window.location.assign(back.toString());
        return new Promise(function () {});
      }
    };
  };
})();
