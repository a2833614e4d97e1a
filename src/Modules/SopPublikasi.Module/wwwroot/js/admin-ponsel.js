// The admin menu on a phone: a "Menu" button opens and closes the list (aria-expanded says which), Escape closes it
// and gives the focus back to the button. Without this script the button stays hidden and the menu is a plain list.
(function () {
  'use strict';

  // A move on the item page (/admin/materi/{id}): its form sits in <details id="aksi-…">. A link to "#aksi-…" (the
  // sticky bar, a Dasbor card) opens it in place; without this script the link's "?aksi=" makes the server open it.
  function openMove(hash) {
    var target = hash && hash.indexOf('#aksi-') === 0 ? document.getElementById(hash.slice(1)) : null;
    if (!target || target.tagName !== 'DETAILS') {
      return false;
    }

    target.open = true;
    target.scrollIntoView({ block: 'start' });
    target.querySelector('summary').focus({ preventScroll: true });
    return true;
  }

  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[data-buka-aksi]') : null;
    if (link && openMove('#aksi-' + link.getAttribute('data-buka-aksi'))) {
      event.preventDefault();
      history.replaceState(null, '', '#aksi-' + link.getAttribute('data-buka-aksi'));
    }
  });
  openMove(location.hash);

  var button = document.querySelector('.menu-toggle[aria-controls]');
  var menu = button && document.getElementById(button.getAttribute('aria-controls'));
  if (!menu) {
    return;
  }

  document.documentElement.classList.add('menu-js');
  button.hidden = false;

  function set(open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    menu.classList.toggle('terbuka', open);
  }

  button.addEventListener('click', function () {
    set(button.getAttribute('aria-expanded') !== 'true');
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });

  document.addEventListener('click', function (event) {
    if (button.getAttribute('aria-expanded') === 'true' && !menu.contains(event.target) && !button.contains(event.target)) {
      set(false);
    }
  });
})();
