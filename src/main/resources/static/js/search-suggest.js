// Suggestions as you type in the header search: an ARIA combobox (input) with a listbox of products,
// categories and brands from GET /api/v1/products/suggest. Everything here is added by script, so without
// JavaScript the header is the plain search form it always was; Enter without a chosen option still submits it.
(function () {
  'use strict';
  var DELAY_MS = 80;

  function setUp(input) {
    var form = input.form;
    var list = document.createElement('ul');
    list.id = input.id + '-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    var timer = null;
    var asked = 0;
    var active = -1;

    function options() { return list.querySelectorAll('[role=option]'); }

    function close() {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function choose(index) {
      var all = options();
      all.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function option(label, kind, href) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.id = list.id + '-' + list.children.length;
      li.dataset.href = href;
      var text = document.createElement('span');
      text.textContent = label;
      var tag = document.createElement('span');
      tag.className = 'suggest-kind';
      tag.textContent = kind;
      li.append(text, ' ', tag);
      list.appendChild(li);
    }

    function show(answer) {
      list.replaceChildren();
      answer.products.forEach(function (p) { option(p.name, p.brand, '/p/' + p.id); });
      answer.categories.forEach(function (c) { option(c.name, 'Category', '/c/' + encodeURIComponent(c.slug)); });
      answer.brands.forEach(function (b) {
        option(b, 'Brand', '/search?q=' + encodeURIComponent(b) + '&brand=' + encodeURIComponent(b));
      });
      var any = list.children.length > 0;
      list.hidden = !any;
      input.setAttribute('aria-expanded', any ? 'true' : 'false');
      active = -1;
    }

    function ask() {
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      var mine = ++asked;
      fetch(input.dataset.suggest + '?limit=5&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (answer) { if (answer && mine === asked) { show(answer); } })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });
    input.addEventListener('keydown', function (e) {
      var count = options().length;
      if (e.key === 'ArrowDown' && count) {
        e.preventDefault();
        choose(active + 1 >= count ? 0 : active + 1);
      } else if (e.key === 'ArrowUp' && count) {
        e.preventDefault();
        choose(active <= 0 ? count - 1 : active - 1);
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        window.location.assign(options()[active].dataset.href);
      } else if (e.key === 'Escape' && !list.hidden) {
        // the first Escape closes the list and keeps the words (a search field would clear itself)
        e.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    // a click on an option must not blur the input first, or the list would close under the pointer
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var li = e.target.closest('[role=option]');
      if (li) { window.location.assign(li.dataset.href); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-suggest]').forEach(setUp);
  });
})();
