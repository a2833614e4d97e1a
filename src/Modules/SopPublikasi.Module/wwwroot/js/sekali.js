// A form that posts is sent once: a second click while the first submit is on its way does nothing, and the
// buttons are disabled until the answer comes. The server does not rely on this (a repeated submit with the same
// form token lands on the first result); it only spares the second request.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post') {
      return;
    }

    if (form.dataset.terkirim === '1') {
      event.preventDefault();
      return;
    }

    form.dataset.terkirim = '1';
    // Disabled after the submit has read the clicked button's name and value.
    window.setTimeout(function () {
      form.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]').forEach(function (b) {
        b.disabled = true;
        b.setAttribute('aria-busy', 'true');
      });
    }, 0);
  });

  // Back to a page kept in the browser's cache: its forms can be sent again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-terkirim]').forEach(function (form) {
      delete form.dataset.terkirim;
      form.querySelectorAll('[aria-busy]').forEach(function (b) {
        b.disabled = false;
        b.removeAttribute('aria-busy');
      });
    });
  });
})();
