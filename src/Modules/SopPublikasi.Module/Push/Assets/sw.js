/* SopPublikasi service worker (scope /): the offline page, the static assets, and Web Push.
   Pages and API answers are never cached here: an admin page kept offline could show stale or someone else's data. */
'use strict';

var CACHE = 'sop-statis-v1';
var OFFLINE = '/luring';
var PRECACHE = [OFFLINE, '/_content/SopPublikasi.Module/css/site.css', '/ikon-192.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(PRECACHE); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function isStatic(url) {
  return url.origin === self.location.origin && (url.pathname.indexOf('/_content/') === 0 || /^\/ikon-\d+\.png$/.test(url.pathname));
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }

  var url = new URL(request.url);
  if (request.mode === 'navigate') {
    // Always the network; only when it cannot be reached, the offline page (which shows no one's data).
    event.respondWith(fetch(request).catch(function () { return caches.match(OFFLINE); }));
    return;
  }

  if (isStatic(url)) {
    // Versioned files (?v=hash): the cached copy is the same file.
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(request).then(function (hit) {
        return hit || fetch(request).then(function (response) {
          if (response.ok) { cache.put(request, response.clone()); }
          return response;
        });
      });
    }));
  }
});

self.addEventListener('push', function (event) {
  var data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = { isi: event.data ? event.data.text() : '' }; }
  var title = data.judul || 'Notifikasi baru';
  event.waitUntil(self.registration.showNotification(title, {
    body: data.isi || '',
    icon: '/ikon-192.png',
    lang: 'id',
    data: { tautan: data.tautan || '/admin/notifikasi' }
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var target = new URL((event.notification.data && event.notification.data.tautan) || '/admin/notifikasi', self.location.origin);
  if (target.origin !== self.location.origin) {
    target = new URL('/admin/notifikasi', self.location.origin);
  }

  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (list) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].url === target.href && 'focus' in list[i]) { return list[i].focus(); }
    }
    return self.clients.openWindow(target.href);
  }));
});
