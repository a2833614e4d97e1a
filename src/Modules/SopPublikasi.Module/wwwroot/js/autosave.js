// Autosave of the draft being written: the form's text fields are kept in the browser (localStorage, on every
// change) and sent to the page's "Otomatis" handler every 20 seconds when something changed and whenever the tab is
// hidden (sendBeacon, so a phone's killed tab loses nothing). No version is made; "Simpan draf" makes one. When the
// browser holds a copy newer than the server's, it is sent to the server and offered for restoring.
(function () {
  'use strict';

  var form = document.querySelector('form[data-autosave-url]');
  if (!form || !window.FormData || !window.fetch) {
    return;
  }

  var url = form.getAttribute('data-autosave-url');
  var key = 'sop-draf-otomatis:' + form.getAttribute('data-materi');
  var serverAt = Date.parse(form.getAttribute('data-otomatis-server') || '') || 0;
  var status = document.getElementById('otomatis-status');
  var names = ['Input.Judul', 'Input.Slug', 'Input.Ringkasan', 'Input.Isi', 'Input.KategoriId', 'Input.TanggalKegiatan',
    'Input.LokasiKegiatan', 'Input.FotoSampulAlt', 'TagTeks', 'Input.VersiDasar'];

  function snapshot() {
    var fields = {};
    names.forEach(function (name) {
      var el = form.elements.namedItem(name);
      if (el) {
        fields[name] = el.value;
      }
    });
    return fields;
  }

  function payload(fields) {
    var data = new FormData();
    Object.keys(fields).forEach(function (name) { data.append(name, fields[name]); });
    var token = form.elements.namedItem('__RequestVerificationToken');
    data.append('__RequestVerificationToken', token ? token.value : '');
    return data;
  }

  function show(text) {
    if (status) {
      status.hidden = false;
      status.textContent = text;
    }
  }

  var sent = JSON.stringify(snapshot());

  function keepLocal() {
    try {
      localStorage.setItem(key, JSON.stringify({ at: Date.now(), fields: snapshot() }));
    } catch (e) {
      // storage full or refused: the server copy still runs
    }
  }

  function send(leaving) {
    var fields = snapshot();
    var text = JSON.stringify(fields);
    if (text === sent) {
      return;
    }
    if (leaving && navigator.sendBeacon) {
      if (navigator.sendBeacon(url, payload(fields))) {
        sent = text;
      }
      return;
    }
    fetch(url, { method: 'POST', body: payload(fields), credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (json) {
        if (json) {
          sent = text;
          show('Tersimpan otomatis ' + json.teks + ' (belum menjadi versi).');
        }
      })
      .catch(function () { show('Belum tersimpan otomatis ke server (tersimpan di perangkat ini).'); });
  }

  form.addEventListener('input', keepLocal);
  form.addEventListener('change', keepLocal);
  form.addEventListener('submit', function () {
    try { localStorage.removeItem(key); } catch (e) { /* nothing kept */ }
  });
  window.setInterval(function () { send(false); }, 20000);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      send(true);
    }
  });

  // A copy this browser kept after the server's newest (the tab was killed before it could send): hand it to the
  // server and offer it, unless the form already shows it.
  var local = null;
  try {
    local = JSON.parse(localStorage.getItem(key) || 'null');
  } catch (e) {
    local = null;
  }
  if (local && local.fields && local.at > serverAt && JSON.stringify(local.fields) !== sent && !document.querySelector('[data-testid=otomatis-dipulihkan]')) {
    fetch(url, { method: 'POST', body: payload(local.fields), credentials: 'same-origin' }).then(function (response) {
      if (response.ok && !document.querySelector('[data-testid=pulihkan-otomatis]')) {
        var note = document.createElement('p');
        note.className = 'notice';
        note.setAttribute('data-testid', 'pulihkan-otomatis');
        var link = document.createElement('a');
        link.href = '?otomatis=true';
        link.textContent = 'Pulihkan draf otomatis dari ' + new Date(local.at).toLocaleString('id-ID');
        note.appendChild(document.createTextNode('Perangkat ini menyimpan draf yang belum menjadi versi. '));
        note.appendChild(link);
        form.parentNode.insertBefore(note, form);
      }
    });
  }
}());
