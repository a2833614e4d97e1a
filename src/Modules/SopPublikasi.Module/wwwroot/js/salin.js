// "Salin teks" beside a WhatsApp hand-off text: copies the read-only textarea's text to the clipboard. Without
// JavaScript, or where the clipboard is refused, the text stays selectable in the textarea (a long press on a phone).
(function () {
  'use strict';

  function say(button, text) {
    var status = button.parentNode.querySelector('[data-salin-status]');
    if (status) {
      status.textContent = text;
    }
  }

  function fallback(textarea, button) {
    textarea.focus();
    textarea.select();
    textarea.setSelectionRange(0, textarea.value.length);
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    say(button, copied ? 'Teks disalin.' : 'Teks sudah dipilih: salin dengan menu atau Ctrl+C.');
  }

  document.querySelectorAll('button[data-salin]').forEach(function (button) {
    var textarea = document.getElementById(button.getAttribute('data-salin'));
    if (!textarea) {
      return;
    }

    button.hidden = false;
    button.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(textarea.value).then(function () {
          say(button, 'Teks disalin.');
        }, function () {
          fallback(textarea, button);
        });
      } else {
        fallback(textarea, button);
      }
    });
  });
})();
