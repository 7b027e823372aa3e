// The receiving page (入库上架), made for a keyboard-wedge scanner: scan a product's barcode, type or scan
// the quantity, scan the bin, each step ended by Enter; the line joins the list and the next barcode is
// asked for. Esc drops the line being scanned, F9 books the receipt. Texts come from the page.
(function () {
  'use strict';

  var form = document.getElementById('receiving-form');
  var input = document.getElementById('scan-input');
  var label = document.getElementById('scan-label');
  var reference = document.getElementById('receipt-reference');
  var list = document.getElementById('receipt-lines');
  var book = document.getElementById('book-receipt');
  var total = document.getElementById('receipt-total');
  var banner = document.getElementById('scan-banner');
  var message = document.getElementById('scan-message');
  var currentSku = document.getElementById('current-sku');
  var currentQuantity = document.getElementById('current-quantity');

  function attr(name) {
    return form.getAttribute('data-' + name);
  }

  function fill(text, args) {
    return text.replace(/\{(\d+)\}/g, function (all, i) { return args[Number(i)]; });
  }

  var step = 'barcode';
  var current = null;
  var lines = [];
  var busy = false;

  function say(text, outcome) {
    message.textContent = text;
    banner.className = 'banner banner-' + outcome;
    document.body.setAttribute('data-outcome', outcome);
    if (outcome === 'REFUSED') {
      document.body.classList.remove('alarm');
      void document.body.offsetWidth;
      document.body.classList.add('alarm');
    }
    var count = Number(document.body.getAttribute('data-answers') || '0') + 1;
    document.body.setAttribute('data-answers', String(count));
  }

  function goTo(next) {
    step = next;
    input.setAttribute('data-step', next);
    label.textContent = attr('step-' + next);
    input.setAttribute('placeholder', attr('step-' + next));
    input.setAttribute('inputmode', next === 'quantity' ? 'numeric' : 'text');
    currentSku.textContent = current ? current.skuCode : '';
    currentQuantity.textContent = current && current.quantity ? String(current.quantity) : '';
  }

  function render() {
    list.innerHTML = '';
    var units = 0;
    lines.forEach(function (line, index) {
      units += line.quantity;
      var li = document.createElement('li');
      li.setAttribute('data-sku', line.skuCode);
      li.className = index === lines.length - 1 ? 'last done' : 'done';
      var text = document.createElement('span');
      text.className = 'item-sku mono';
      text.textContent = fill(attr('line-text'), [line.skuCode, line.quantity, line.location || line.shelf || '—']);
      var name = document.createElement('span');
      name.className = 'item-name';
      name.textContent = line.name;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link remove-line';
      remove.textContent = '×';
      remove.title = attr('remove');
      remove.setAttribute('aria-label', attr('remove'));
      remove.addEventListener('click', function () {
        lines.splice(index, 1);
        render();
        input.focus();
      });
      li.appendChild(text);
      li.appendChild(name);
      li.appendChild(remove);
      list.appendChild(li);
    });
    total.textContent = fill(total.getAttribute('data-text'), [lines.length, units]);
    book.disabled = lines.length === 0;
    var last = list.querySelector('li.last');
    if (last) {
      last.scrollIntoView({ block: 'nearest' });
    }
  }

  function lookUp(code) {
    busy = true;
    fetch(attr('sku-url') + '?code=' + encodeURIComponent(code), { credentials: 'same-origin' })
      .then(function (res) {
        return res.json().then(function (body) {
          if (res.ok) {
            current = { skuCode: body.skuCode, name: body.name, shelf: body.location, quantity: 0 };
            goTo('quantity');
            say(body.skuCode + ' · ' + body.name, 'OPENED');
          } else {
            say(body.detail, 'REFUSED');
          }
        });
      })
      .catch(function () { say(attr('error-offline'), 'REFUSED'); })
      .then(function () { busy = false; input.focus(); });
  }

  function enter(value) {
    if (step === 'barcode') {
      if (value) {
        lookUp(value);
      }
    } else if (step === 'quantity') {
      var quantity = /^\d{1,6}$/.test(value) ? Number(value) : 0;
      if (quantity <= 0) {
        say(fill(attr('bad-quantity'), [value]), 'REFUSED');
        return;
      }
      current.quantity = quantity;
      goTo('location');
      say(current.skuCode + ' × ' + quantity, 'ACCEPTED');
    } else {
      lines.push({ skuCode: current.skuCode, name: current.name, quantity: current.quantity, location: value || null,
        shelf: current.shelf });
      current = null;
      goTo('barcode');
      render();
      say(attr('step-barcode'), 'ACCEPTED');
    }
  }

  function submit() {
    if (busy || lines.length === 0) {
      if (lines.length === 0) {
        say(attr('nothing'), 'REFUSED');
      }
      return;
    }
    busy = true;
    book.disabled = true;
    var body = {
      reference: reference.value.trim(),
      lines: lines.map(function (l) { return { skuCode: l.skuCode, quantity: l.quantity, location: l.location }; })
    };
    var headers = Object.assign({ 'Content-Type': 'application/json' }, window.junction.csrfHeaders());
    fetch(attr('receipt-url'),
      { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' })
      .then(function (res) {
        return res.json().then(function (answer) {
          if (res.ok) {
            lines = [];
            current = null;
            reference.value = answer.next;
            goTo('barcode');
            render();
            say(answer.detail, 'SHIPPED');
          } else {
            say(answer.detail, 'REFUSED');
          }
        });
      })
      .catch(function () { say(attr('error-offline'), 'REFUSED'); })
      .then(function () { busy = false; book.disabled = lines.length === 0; input.focus(); });
  }

  // The form has two fields, so a browser submits it on no Enter: each field takes its own.
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
  input.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter') {
      return;
    }
    e.preventDefault();
    if (busy) {
      return;
    }
    var value = input.value.trim();
    input.value = '';
    enter(value);
  });
  reference.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      e.preventDefault();
      input.focus();
    }
  });

  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      current = null;
      input.value = '';
      goTo('barcode');
      say(attr('step-barcode'), 'READY');
    } else if (e.key === 'F9') {
      e.preventDefault();
      submit();
    }
  });

  book.addEventListener('click', submit);
  document.body.addEventListener('animationend', function () {
    document.body.classList.remove('alarm');
  });
  goTo('barcode');
  render();
  input.focus();
})();
