// Junction admin pages: the CSRF token on every htmx request, order selection for batch actions, result boxes
// that can be dismissed, forms that ask before they submit. Texts come from the page (meta junction-text-*),
// in the reader's language; no inline handlers, so the pages pass a Content-Security-Policy without 'unsafe-inline'.
(function () {
  'use strict';

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  /** A text of the page's language, with {0} replaced by {@code arg}. */
  function text(name, arg) {
    var value = meta('junction-text-' + name) || '';
    return arg === undefined ? value : value.replace('{0}', arg);
  }

  window.junction = {
    csrfHeaders: function () {
      var headers = {};
      var header = meta('_csrf_header');
      if (header) {
        headers[header] = meta('_csrf');
      }
      return headers;
    }
  };

  document.addEventListener('htmx:configRequest', function (e) {
    Object.assign(e.detail.headers, window.junction.csrfHeaders());
  });

  // A session that expired answers with the sign-in page: go there instead of swapping it in.
  document.addEventListener('htmx:beforeSwap', function (e) {
    var url = e.detail.xhr.responseURL || '';
    if (url && new URL(url, location.href).pathname.endsWith('/login')) {
      e.detail.shouldSwap = false;
      location.href = url;
    }
  });

  // A failed request is never silent.
  document.addEventListener('htmx:responseError', function (e) {
    alert(text('refused', e.detail.xhr.status));
  });
  document.addEventListener('htmx:sendError', function () {
    alert(text('unreachable'));
  });

  // A result box goes away when its × is clicked.
  document.addEventListener('click', function (e) {
    var dismiss = e.target.closest ? e.target.closest('.result .dismiss') : null;
    if (dismiss) {
      dismiss.closest('.result').remove();
    }
  });

  // A form with data-confirm asks before it submits (disabling a shop).
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.matches && form.matches('form[data-confirm]') && !confirm(form.getAttribute('data-confirm'))) {
      e.preventDefault();
    }
  });

  // Printing records the print, so it is a POST (with the CSRF token) whose PDF opens in a new tab.
  // With every matching order chosen, the print names the list's tab and filter (from the page's address) instead
  // of the ticked rows; the list's own sort and paging do not choose orders and are left out.
  function printLabels(action, ids, sort, allMatching) {
    var form = document.createElement('form');
    form.method = 'post';
    form.action = action;
    form.target = '_blank';
    var fields = [['_csrf', meta('_csrf')], ['sort', sort]];
    if (allMatching) {
      fields.push(['allMatching', 'true']);
      new URLSearchParams(window.location.search).forEach(function (value, name) {
        if (['sort', 'page', 'size', 'after', 'before', 'orderIds', 'allMatching'].indexOf(name) < 0) {
          fields.push([name, value]);
        }
      });
    } else {
      fields.push(['orderIds', ids.join(',')]);
    }
    fields.forEach(function (field) {
      if (field[1]) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = field[0];
        input.value = field[1];
        form.appendChild(input);
      }
    });
    document.body.appendChild(form);
    form.submit();
    form.remove();
  }

  // Selection: select-all, shift-click ranges, a live count, actions enabled only with a selection.
  var lastClicked = null;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('#orders-table .row-select'));
  }

  function refreshSelection() {
    var boxes = rows();
    var checked = boxes.filter(function (b) { return b.checked; });
    var count = document.getElementById('selection-count');
    if (count) {
      count.textContent = text('selected', checked.length);
    }
    var all = document.getElementById('select-all');
    if (all) {
      all.checked = boxes.length > 0 && checked.length === boxes.length;
      all.indeterminate = checked.length > 0 && checked.length < boxes.length;
    }
    // "All N matching": offered once the whole page is ticked and more orders match than it shows.
    var matching = document.getElementById('select-matching');
    var allMatching = document.getElementById('all-matching');
    if (matching && allMatching) {
      var whole = boxes.length > 0 && checked.length === boxes.length;
      var total = parseInt(matching.getAttribute('data-total'), 10) || 0;
      if (!whole) {
        allMatching.value = '';
      }
      matching.hidden = !(whole && total > boxes.length);
      matching.classList.toggle('chosen', allMatching.value === 'true');
      if (allMatching.value === 'true' && count) {
        // past the count cap the total is a floor: "10,000+"
        count.textContent = matching.getAttribute('data-capped') === 'true'
          ? text('selected-capped', total.toLocaleString('en'))
          : text('selected', total);
      }
    }
    document.querySelectorAll('#order-toolbar .needs-selection').forEach(function (b) {
      b.disabled = checked.length === 0;
    });
    boxes.forEach(function (b) { b.closest('tr').classList.toggle('selected', b.checked); });
  }

  document.addEventListener('click', function (e) {
    var box = e.target.closest ? e.target.closest('.row-select') : null;
    if (box) {
      var boxes = rows();
      if (e.shiftKey && lastClicked && boxes.indexOf(lastClicked) >= 0) {
        var a = boxes.indexOf(lastClicked), b = boxes.indexOf(box);
        boxes.slice(Math.min(a, b), Math.max(a, b) + 1).forEach(function (x) { x.checked = box.checked; });
      }
      lastClicked = box;
    }
    if (e.target.id === 'select-all') {
      rows().forEach(function (x) { x.checked = e.target.checked; });
    }
    if (e.target.id === 'select-all-matching' || e.target.id === 'clear-matching') {
      var chosen = document.getElementById('all-matching');
      chosen.value = e.target.id === 'select-all-matching' ? 'true' : '';
      if (!chosen.value) {
        rows().forEach(function (x) { x.checked = false; });
      }
    }
    // Labels in the order the clerk chose (on screen: the order of the rows); pick lists and slips alike.
    if (e.target.id === 'print-labels' || (e.target.classList && e.target.classList.contains('print-selected'))) {
      var ids = rows().filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
      var sort = document.getElementById('label-sort');
      var everyMatching = document.getElementById('all-matching');
      if (ids.length > 0) {
        printLabels(e.target.getAttribute('data-href'), ids, e.target.id === 'print-labels' && sort ? sort.value : null,
          everyMatching !== null && everyMatching.value === 'true');
      }
    }
    // A print button for orders it names itself (the order page, "print them first" after a refusal).
    if (e.target.classList && e.target.classList.contains('print-orders')) {
      printLabels(e.target.getAttribute('data-href'), e.target.getAttribute('data-order-ids').split(','));
    }
  });

  document.addEventListener('change', refreshSelection);
  document.addEventListener('click', function () { setTimeout(refreshSelection, 0); });
  document.addEventListener('htmx:afterSettle', function () { lastClicked = null; refreshSelection(); });
  document.addEventListener('DOMContentLoaded', refreshSelection);
})();
