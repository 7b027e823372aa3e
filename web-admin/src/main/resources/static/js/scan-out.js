// The packing station. A keyboard-wedge scanner types a code and presses Enter. Every scan is sent in
// order (none dropped while the previous one is answered), the scan field always keeps the focus, and
// a refusal is loud: red banner, flashing page, error beep.
(function () {
  'use strict';

  var form = document.getElementById('scan-form');
  var input = document.getElementById('scan-input');
  var url = form.getAttribute('data-scan-url');
  var station = form.getAttribute('data-station') || 'default';
  // The station's own error texts, in the packer's language, from the page.
  var errorHttp = form.getAttribute('data-error-http');
  var errorOffline = form.getAttribute('data-error-offline');
  var packageId = null;
  var queue = Promise.resolve();
  var audio = null;

  // A field of a station action (a reason to type) keeps the focus while the packer types in it.
  function typingElsewhere() {
    var active = document.activeElement;
    return active && active !== input && active.closest && active.closest('.station-action') && active.tagName === 'INPUT';
  }

  function focus() {
    if (typingElsewhere()) {
      return;
    }
    if (document.activeElement !== input) {
      input.focus();
    }
  }

  function state() {
    return document.getElementById('station-state');
  }

  function tone(frequency, ms, type, delayMs) {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      if (audio.state === 'suspended') {
        audio.resume();
      }
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.type = type;
      osc.frequency.value = frequency;
      gain.gain.value = 0.25;
      osc.connect(gain);
      gain.connect(audio.destination);
      var start = audio.currentTime + (delayMs || 0) / 1000;
      osc.start(start);
      osc.stop(start + ms / 1000);
    } catch (ignored) {
      // No audio device: the banner and the flash still show the refusal.
    }
  }

  function alarm() {
    tone(220, 180, 'square', 0);
    tone(180, 260, 'square', 220);
    document.body.classList.remove('alarm');
    void document.body.offsetWidth; // restart the flash animation on back-to-back refusals
    document.body.classList.add('alarm');
    var count = Number(document.body.getAttribute('data-alarms') || '0') + 1;
    document.body.setAttribute('data-alarms', String(count));
  }

  function react(outcome) {
    if (outcome === 'REFUSED') {
      alarm();
    } else if (outcome === 'ACCEPTED' || outcome === 'OPENED' || outcome === 'UNDONE') {
      tone(1320, 60, 'sine', 0);
    } else if (outcome === 'WEIGH' || outcome === 'QC' || outcome === 'SET_ASIDE') {
      tone(660, 120, 'sine', 0);
    } else if (outcome === 'SHIPPED') {
      tone(880, 90, 'sine', 0);
      tone(1320, 140, 'sine', 110);
    }
  }

  // How many answers the station has shown: lets a test (or a supervisor's console) follow along.
  function answered() {
    var count = Number(document.body.getAttribute('data-answers') || '0') + 1;
    document.body.setAttribute('data-answers', String(count));
  }

  function show(html) {
    state().outerHTML = html;
    answered();
    var s = state();
    packageId = s.getAttribute('data-package-id');
    react(s.getAttribute('data-outcome'));
    // On a small screen the item list scrolls under the summary: bring the item just scanned into view.
    var last = s.querySelector('#scan-items li.last');
    if (last) {
      last.scrollIntoView({ block: 'nearest' });
    }
  }

  function showError(message) {
    var s = state();
    s.className = 'state outcome-REFUSED';
    s.setAttribute('data-outcome', 'REFUSED');
    document.getElementById('scan-banner').className = 'banner banner-REFUSED';
    document.getElementById('scan-message').textContent = message;
    answered();
    alarm();
  }

  function send(code) {
    var body = new URLSearchParams();
    body.set('code', code);
    return post(url, body);
  }

  function post(target, body) {
    if (packageId) {
      body.set('packageId', packageId);
    }
    body.set('station', station);
    var headers = Object.assign({ 'Content-Type': 'application/x-www-form-urlencoded' }, window.junction.csrfHeaders());
    document.body.classList.add('busy');
    return fetch(target, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (res) {
        if (res.redirected && new URL(res.url).pathname.endsWith('/login')) {
          location.href = res.url;
          return;
        }
        if (!res.ok) {
          showError(errorHttp.replace('{0}', String(res.status)));
          return;
        }
        return res.text().then(show);
      })
      .catch(function () {
        showError(errorOffline);
      })
      .then(function () {
        document.body.classList.remove('busy');
        focus();
      });
  }

  // The open package's actions (undo, problem shelf, quality check, keep a weight): sent in turn with the scans.
  document.addEventListener('submit', function (e) {
    var action = e.target.closest ? e.target.closest('form.station-action') : null;
    if (!action) {
      return;
    }
    e.preventDefault();
    var body = new URLSearchParams(new FormData(action));
    var target = action.getAttribute('data-url');
    queue = queue.then(function () { return post(target, body); });
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var code = input.value.trim();
    input.value = '';
    if (code) {
      queue = queue.then(function () { return send(code); });
    }
  });

  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      packageId = null;
      queue = queue.then(function () { return send(''); });
    }
  });

  document.body.addEventListener('animationend', function () {
    document.body.classList.remove('alarm');
  });
  input.addEventListener('blur', function () { setTimeout(focus, 0); });
  window.addEventListener('focus', focus);
  document.addEventListener('click', function () { setTimeout(focus, 0); });
  document.addEventListener('visibilitychange', focus);
  focus();
})();
