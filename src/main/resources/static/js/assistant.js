// The chat widget: empties the form after a message is sent, keeps the newest message in view, and shows
// the messages left from the answer stream's "remaining" event (disabling the form at the limit).
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
document.addEventListener("htmx:sseMessage", function () {
  var log = document.getElementById("chat-log");
  if (log) {
    log.scrollTop = log.scrollHeight;
  }
});
