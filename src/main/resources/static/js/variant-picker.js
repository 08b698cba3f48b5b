// The product page's option picker: keeps the variant to buy, its price, stock and SKU in step with the chosen
// options, and marks the values that are out of stock with the other choices. Without this script the form posts
// the chosen values and the shop finds the variant from them.
(function () {
  var form = document.getElementById("add-to-cart");
  if (!form || !form.dataset.variants) {
    return;
  }
  var variants = JSON.parse(form.dataset.variants);
  var groups = Array.prototype.slice.call(form.querySelectorAll("fieldset.option-group"));
  if (groups.length === 0) {
    return;
  }
  var money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

  function chosen() {
    return groups.map(function (group) {
      var checked = group.querySelector("input:checked");
      return checked ? checked.value : null;
    });
  }

  function matching(values) {
    return variants.filter(function (v) {
      return v.options.every(function (value, i) { return values[i] === null || values[i] === value; });
    });
  }

  function stockText(stock) {
    return stock === 0 ? "Out of stock" : stock <= 5 ? "Only " + stock + " left" : "In stock";
  }

  function update() {
    var values = chosen();
    var exact = values.indexOf(null) < 0 ? matching(values)[0] : undefined;
    var hidden = form.querySelector("input[name=variantId]");
    var button = form.querySelector("button[type=submit]");
    var quantity = form.querySelector("input[name=quantity]");
    hidden.value = exact ? exact.id : "";
    var stock = exact ? exact.stock : 0;
    button.disabled = !exact || stock === 0;
    quantity.disabled = button.disabled;
    quantity.max = Math.max(1, Math.min(stock, 99));
    var price = document.querySelector("#variant-price");
    if (exact && price) {
      var sale = Number(exact.compareAt) > Number(exact.price);
      price.innerHTML = "";
      var line = document.createElement("span");
      line.className = "price price-large";
      line.textContent = money.format(exact.price);
      if (sale) {
        var was = document.createElement("s");
        was.className = "was";
        was.innerHTML = '<span class="visually-hidden">was </span>';
        was.appendChild(document.createTextNode(money.format(exact.compareAt)));
        line.appendChild(document.createTextNode(" "));
        line.appendChild(was);
      }
      price.appendChild(line);
    }
    var stockLine = document.querySelector("#variant-stock .stock");
    if (stockLine) {
      stockLine.textContent = exact ? stockText(stock) : "This combination is not sold";
      stockLine.className = "stock " + (stock === 0 ? "out" : stock <= 5 ? "low" : "in");
    }
    var sku = document.getElementById("variant-sku");
    if (sku && exact) {
      sku.textContent = exact.sku;
    }
    // a value is out of stock when no variant with it and the other choices has stock
    groups.forEach(function (group, i) {
      group.querySelectorAll("input").forEach(function (input) {
        var trial = values.slice();
        trial[i] = input.value;
        var available = matching(trial).some(function (v) { return v.stock > 0; });
        var label = input.closest("label");
        label.classList.toggle("unavailable", !available);
        var note = label.querySelector(".visually-hidden");
        if (!available && !note) {
          note = document.createElement("span");
          note.className = "visually-hidden";
          note.textContent = " (out of stock)";
          label.appendChild(note);
        } else if (available && note) {
          note.remove();
        }
      });
    });
    if (exact && window.history.replaceState) {
      var url = new URL(window.location.href);
      url.searchParams.set("variant", exact.id);
      window.history.replaceState(null, "", url);
    }
  }

  form.addEventListener("change", function (event) {
    if (event.target.closest("fieldset.option-group")) {
      update();
    }
  });
  update();
})();
