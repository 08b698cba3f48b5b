// The product page's main picture follows the variant picked in the option picker (variant-picker.js keeps the
// chosen variant's id in the form's variantId field): a variant with pictures of its own shows its first one, any
// other shows the page's first picture again. Without this script, the page loaded for a variant shows its pictures.
(function () {
  var main = document.querySelector(".product-image > img[data-variant-pictures]");
  var form = document.getElementById("add-to-cart");
  if (!main || !form) {
    return;
  }
  var byVariant = JSON.parse(main.dataset.variantPictures || "{}");
  var first = { src: main.getAttribute("src"), srcset: main.getAttribute("srcset"), alt: main.getAttribute("alt") };

  function show(picture) {
    if (picture.srcset) {
      main.setAttribute("srcset", picture.srcset);
    } else {
      main.removeAttribute("srcset");
    }
    main.setAttribute("src", picture.src);
    main.setAttribute("alt", picture.alt || first.alt);
  }

  form.addEventListener("change", function () {
    // after the picker has set variantId for the new choice
    setTimeout(function () {
      var chosen = form.querySelector("input[name=variantId]");
      show((chosen && byVariant[chosen.value]) || first);
    }, 0);
  });
})();
