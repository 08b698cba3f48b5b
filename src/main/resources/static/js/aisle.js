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
  var target = event.detail.target.querySelector("[data-focus]");
  if (target) {
    target.focus();
  }
});
