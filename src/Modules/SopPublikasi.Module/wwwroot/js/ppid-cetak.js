// "Cetak halaman ini" on the PPID receipt: shows the button and prints. Without JavaScript the page says how to print
// from the browser's menu.
(function () {
  'use strict';
  document.querySelectorAll('button[data-cetak]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
