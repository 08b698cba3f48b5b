// The chat widget: empties the form after a message is sent, keeps the newest answer in view from its
// start, and shows the messages left from the answer stream's "remaining" event (disabling the form at
// the limit).
document.addEventListener("htmx:afterRequest", function (event) {
  var form = event.detail.elt;
  if (form && form.id === "chat-form" && event.detail.successful) {
    form.reset();
  }
});
document.addEventListener("htmx:sseBeforeMessage", function (event) {
  if (event.detail.type !== "remaining") {
    return;
  }
  event.preventDefault();
  var data = JSON.parse(event.detail.data);
  var line = document.getElementById("chat-remaining");
  if (line) {
    line.textContent = data.text;
  }
  if (data.remaining === 0) {
    document.querySelectorAll("#chat-form textarea, #chat-form button").forEach(function (control) {
      control.disabled = true;
    });
  }
});
// The log follows the answer as it streams in, but never scrolls its start (and the question above it)
// out of view: the product cards come after the text and must not push it away.
document.addEventListener("htmx:sseMessage", function (event) {
  var log = document.getElementById("chat-log");
  if (!log) {
    return;
  }
  var bottom = log.scrollHeight - log.clientHeight;
  var answer = event.target && event.target.closest ? event.target.closest(".chat-assistant") : null;
  if (!answer) {
    log.scrollTop = bottom;
    return;
  }
  var question = answer.previousElementSibling;
  var start = question && question.classList.contains("chat-customer") ? question : answer;
  var top = start.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop;
  log.scrollTop = Math.min(bottom, top);
});
