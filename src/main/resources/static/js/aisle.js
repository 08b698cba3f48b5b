// Aisle's only hand-written script: htmx does the rest. Sends the CSRF token with every htmx request
// (the token is in <meta name="_csrf">), and moves focus to swapped-in content that asks for it.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener("htmx:afterSwap", function (event) {
  // swaps from Server-Sent Events name the swapped element "elt" and have no "target"
  var swapped = event.detail.target || event.detail.elt;
  var target = swapped && swapped.querySelector ? swapped.querySelector("[data-focus]") : null;
  if (target) {
    target.focus();
  }
});
// A form with data-confirm asks first (activating a model): the question is the attribute's text.
document.addEventListener("submit", function (event) {
  var question = event.target.getAttribute && event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
