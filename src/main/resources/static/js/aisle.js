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
// An htmx request the server refused or could not answer would otherwise change nothing on screen: say
// so. A 403 here is almost always a page left open after signing out (its CSRF token is stale).
document.addEventListener("htmx:responseError", function (event) {
  var status = event.detail.xhr ? event.detail.xhr.status : 0;
  showNotice(status === 403
      ? "This page is out of date (you may have signed out in another tab). Reload the page and try again."
      : "That did not work (error " + status + "). Reload the page and try again.");
});
document.addEventListener("htmx:sendError", function () {
  showNotice("The shop cannot be reached. Check your connection and try again.");
});
function showNotice(text) {
  var notice = document.getElementById("page-notice");
  if (!notice) {
    notice = document.createElement("div");
    notice.id = "page-notice";
    notice.className = "page-notice";
    notice.setAttribute("role", "alert");
    document.body.appendChild(notice);
  }
  notice.textContent = text;
}
// The category filters fold behind a button on a phone only: on a wide screen they start open (aisle.css does
// this without script where the browser supports ::details-content).
document.addEventListener("DOMContentLoaded", function () {
  if (window.matchMedia("(min-width: 900px)").matches) {
    document.querySelectorAll("details.filters-disclosure").forEach(function (filters) {
      filters.open = true;
    });
  }
});
// A refused form's error summary takes the focus when the page opens (where autofocus did not already), and its
// links focus their field rather than only scrolling to it.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }
});
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
  var field = link ? document.getElementById(link.getAttribute("href").substring(1)) : null;
  if (field) {
    event.preventDefault();
    field.focus();
    var label = document.querySelector("label[for='" + field.id + "']");
    (label || field).scrollIntoView({block: "center"});
  }
});
