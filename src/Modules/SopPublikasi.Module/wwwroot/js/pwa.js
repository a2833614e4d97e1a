/* The installable admin: registers the service worker (scope /) on every admin page and, on the notification page,
   turns Web Push on or off for this device. The subscription goes to the server with the page's antiforgery token. */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) {
    return;
  }

  var ready = navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () { return navigator.serviceWorker.ready; });
  var box = document.querySelector('[data-push="aktif"]');
  if (!box) {
    return;
  }

  var form = box.querySelector('[data-push-form]');
  var on = box.querySelector('[data-push-aktifkan]');
  var off = box.querySelector('[data-push-matikan]');
  var status = box.querySelector('[data-push-status]');
  var say = function (text) { status.textContent = text; };

  if (!('PushManager' in window) || !('Notification' in window)) {
    on.disabled = true;
    say('Peramban ini tidak mendukung notifikasi push. Di iPhone, pasang situs ini ke Layar Utama terlebih dahulu.');
    return;
  }

  var key = function () {
    var text = box.getAttribute('data-push-kunci').replace(/-/g, '+').replace(/_/g, '/');
    var raw = atob(text + '='.repeat((4 - text.length % 4) % 4));
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  };

  var post = function (handler, fields) {
    var data = new URLSearchParams();
    data.append('__RequestVerificationToken', form.elements.namedItem('__RequestVerificationToken').value);
    Object.keys(fields).forEach(function (k) { data.append(k, fields[k]); });
    var url = form.getAttribute('action').replace(/handler=[^&]*/, 'handler=' + handler);
    return fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  };

  var show = function (subscribed) {
    on.hidden = subscribed;
    off.hidden = !subscribed;
  };

  ready.then(function (reg) { return reg.pushManager.getSubscription(); }).then(function (sub) {
    show(!!sub);
    if (sub) { say('Notifikasi aktif di perangkat ini.'); }
  });

  on.addEventListener('click', function () {
    on.disabled = true;
    Notification.requestPermission().then(function (permission) {
      if (permission !== 'granted') {
        throw new Error('Izin notifikasi tidak diberikan. Ubah izin situs ini di pengaturan peramban, lalu coba lagi.');
      }
      return ready;
    }).then(function (reg) {
      return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key() });
    }).then(function (sub) {
      var json = sub.toJSON();
      return post('Langganan', { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth });
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) { throw new Error(answer.pesan || 'Langganan tidak tersimpan.'); }
        say(answer.pesan);
        show(true);
        window.location.reload();
      });
    }).catch(function (error) {
      say(error.message || 'Notifikasi tidak dapat diaktifkan.');
    }).then(function () { on.disabled = false; });
  });

  off.addEventListener('click', function () {
    off.disabled = true;
    ready.then(function (reg) { return reg.pushManager.getSubscription(); }).then(function (sub) {
      if (!sub) { return null; }
      var endpoint = sub.endpoint;
      return sub.unsubscribe().then(function () { return post('Hapus', { endpoint: endpoint }); });
    }).then(function () {
      show(false);
      say('Notifikasi dimatikan di perangkat ini.');
      window.location.reload();
    }).catch(function (error) {
      say(error.message || 'Notifikasi tidak dapat dimatikan.');
    }).then(function () { off.disabled = false; });
  });
})();
