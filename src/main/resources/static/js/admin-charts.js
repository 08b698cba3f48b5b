// Draws the admin's charts with Chart.js (served from the jar). Each <canvas data-chart="line|doughnut|bar|metrics"
// data-source="id"> reads its data, {"labels": [...], "values": [...]}, from the <script type="application/json">
// with that id: the CSP allows no inline script. A "metrics" chart (the Models page) has several lines instead:
// {"labels": [...], "series": [{"label": "AUC", "values": [...]}, ...]}. Runs on page load and on every htmx swap.
(function () {
  "use strict";

  var PALETTE = ["#4338ca", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6", "#84cc16", "#64748b"];
  // labels, grid lines and the first series in the page's own colours, which follow the light or dark scheme
  var theme = getComputedStyle(document.documentElement);
  if (window.Chart && theme.getPropertyValue("--muted").trim()) {
    Chart.defaults.color = theme.getPropertyValue("--muted").trim();
    Chart.defaults.borderColor = theme.getPropertyValue("--line").trim();
    PALETTE[0] = theme.getPropertyValue("--brand").trim();
  }
  var money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  var compactMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact" });

  function shorten(label, max) {
    return label.length > max ? label.slice(0, max - 1) + "…" : label;
  }

  function tooltip(context) {
    var value = context.parsed && typeof context.parsed === "object" ? context.parsed[context.chart.options.indexAxis === "y" ? "x" : "y"] : context.parsed;
    return " " + money.format(value);
  }

  function metrics(data) {
    return {
      type: "line",
      data: { labels: data.labels, datasets: data.series.map(function (s, i) {
        return { label: s.label, data: s.values, borderColor: PALETTE[i], backgroundColor: PALETTE[i], spanGaps: false,
          pointRadius: 3, pointHoverRadius: 5, tension: 0.2 };
      }) },
      options: { responsive: true, maintainAspectRatio: false, animation: { duration: 300 },
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { display: true, position: "bottom", labels: { boxWidth: 12, padding: 12 } },
          tooltip: { callbacks: { label: function (c) { return " " + c.dataset.label + ": " + (c.parsed.y === null ? "—" : c.parsed.y.toFixed(3)); } } } },
        scales: { x: { grid: { display: false } } } }
    };
  }

  function config(type, data) {
    if (type === "metrics") {
      return metrics(data);
    }
    var common = {
      responsive: true,
      maintainAspectRatio: false,
      animation: { duration: 300 },
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: tooltip } } }
    };
    if (type === "line") {
      return {
        type: "line",
        data: { labels: data.labels, datasets: [{ data: data.values, borderColor: PALETTE[0], backgroundColor: "rgba(67, 56, 202, .12)",
          fill: true, cubicInterpolationMode: "monotone", pointRadius: data.values.length > 45 ? 0 : 3, pointHoverRadius: 5 }] },
        options: Object.assign(common, {
          interaction: { mode: "index", intersect: false },
          scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return compactMoney.format(v); } } },
                    x: { ticks: { maxTicksLimit: 10, autoSkip: true }, grid: { display: false } } }
        })
      };
    }
    if (type === "doughnut") {
      common.plugins.legend = { display: true, position: "bottom", labels: { boxWidth: 12, padding: 12 } };
      return {
        type: "doughnut",
        data: { labels: data.labels, datasets: [{ data: data.values, backgroundColor: PALETTE, borderWidth: 2 }] },
        options: Object.assign(common, { cutout: "62%" })
      };
    }
    return {
      type: "bar",
      data: { labels: data.labels.map(function (l) { return shorten(l, 16); }),
              datasets: [{ data: data.values, backgroundColor: PALETTE[0], borderRadius: 6, maxBarThickness: 22 }] },
      options: Object.assign(common, {
        indexAxis: "y",
        layout: { padding: { left: 4 } },
        scales: { x: { beginAtZero: true, ticks: { callback: function (v) { return compactMoney.format(v); } } },
                  y: { grid: { display: false } } },
        plugins: { legend: { display: false }, tooltip: { callbacks: {
          title: function (items) { return data.labels[items[0].dataIndex]; }, label: tooltip } } }
      })
    };
  }

  function showEmpty(canvas, text) {
    var note = document.createElement("p");
    note.className = "chart-empty muted";
    note.textContent = text;
    canvas.parentNode.replaceChild(note, canvas);
  }

  function draw(root) {
    if (!window.Chart || !root.querySelectorAll) {
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var source = document.getElementById(canvas.dataset.source);
      if (!source) {
        return;
      }
      var data = JSON.parse(source.textContent);
      var previous = window.Chart.getChart(canvas);
      if (previous) {
        previous.destroy();
      }
      var hasData = data.series ? data.labels.length > 0 : data.values.some(function (v) { return Number(v) !== 0; });
      if (!hasData && canvas.dataset.chart !== "line") {
        showEmpty(canvas, data.series ? "No versions yet." : "No sales in this period.");
        return;
      }
      new window.Chart(canvas, config(canvas.dataset.chart, data));
    });
  }

  // a new order on the live feed refreshes a report that covers today (it carries hx-trigger="order-placed")
  document.addEventListener("htmx:sseMessage", function (event) {
    var report = document.getElementById("report");
    if (window.htmx && report && report.getAttribute("hx-trigger") && event.detail.type === "order") {
      window.htmx.trigger(report, "order-placed");
    }
  });

  if (window.htmx) {
    window.htmx.onLoad(draw);
  } else {
    document.addEventListener("DOMContentLoaded", function () { draw(document); });
  }
})();
