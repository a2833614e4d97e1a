// The material's body editor (Quill 2) over the plain <textarea data-editor>, which keeps working without JS:
// the editor writes its HTML back into the textarea when the form is sent, and the server sanitizes it.
// Photos for the body are uploaded (file input or drag and drop onto the editor) to the page's "Foto" handler
// and inserted with their alt text; a photo is never uploaded without alt text.
(function () {
  'use strict';

  var textarea = document.querySelector('textarea[data-editor]');
  if (!textarea || typeof window.Quill !== 'function') {
    return;
  }

  var form = textarea.form;
  var label = document.querySelector('label[for="' + textarea.id + '"]');
  var host = document.createElement('div');
  host.className = 'editor-host';
  textarea.parentNode.insertBefore(host, textarea);
  textarea.hidden = true;
  textarea.classList.add('editor-source');

  var quill = new window.Quill(host, {
    theme: 'snow',
    modules: {
      toolbar: {
        container: [
          [{ header: [2, 3, false] }],
          ['bold', 'italic', 'underline', 'link'],
          [{ list: 'ordered' }, { list: 'bullet' }, 'blockquote'],
          document.querySelector('[data-testid=pustaka-isi]') ? ['image', 'pustaka', 'clean'] : ['image', 'clean'],
        ],
        handlers: {
          // The media library's photos, listed under the editor: the toolbar button takes the writer there.
          pustaka: function () {
            var first = document.querySelector('[data-testid=pustaka-isi] button.pustaka-sisipkan');
            if (first) {
              first.scrollIntoView({ block: 'center' });
              first.focus({ preventScroll: true });
            }
          },
          image: function () {
            var picker = document.getElementById('FotoIsi');
            if (picker) {
              picker.focus();
              picker.scrollIntoView({ block: 'center' });
            }
          },
        },
      },
    },
  });

  // The editable area is what the field's label names; the toolbar buttons get Indonesian names.
  var editable = quill.root;
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('aria-multiline', 'true');
  if (label) {
    label.id = label.id || textarea.id + '-label';
    editable.setAttribute('aria-labelledby', label.id);
  }
  var describedBy = textarea.getAttribute('aria-describedby');
  if (describedBy) {
    editable.setAttribute('aria-describedby', describedBy);
  }
  if (textarea.getAttribute('aria-invalid') === 'true') {
    editable.setAttribute('aria-invalid', 'true');
  }
  var names = {
    'ql-bold': 'Tebal', 'ql-italic': 'Miring', 'ql-underline': 'Garis bawah', 'ql-link': 'Tautan',
    'ql-blockquote': 'Kutipan', 'ql-image': 'Sisipkan foto', 'ql-clean': 'Hapus format',
  };
  host.previousElementSibling && host.previousElementSibling.querySelectorAll('button').forEach(function (b) {
    Object.keys(names).forEach(function (cls) {
      if (b.classList.contains(cls)) {
        b.setAttribute('aria-label', names[cls]);
      }
    });
    if (b.classList.contains('ql-list')) {
      b.setAttribute('aria-label', b.value === 'ordered' ? 'Daftar bernomor' : 'Daftar berbutir');
    }
  });
  var header = host.previousElementSibling && host.previousElementSibling.querySelector('.ql-picker.ql-header .ql-picker-label');
  if (header) {
    header.setAttribute('aria-label', 'Gaya paragraf');
  }
  // Tooltips say the same in Indonesian; the library button gets its picture; the link prompt's example address.
  var toolbar = host.previousElementSibling;
  if (toolbar) {
    var libraryButton = toolbar.querySelector('button.ql-pustaka');
    if (libraryButton) {
      libraryButton.setAttribute('aria-label', 'Sisipkan foto dari pustaka media');
      libraryButton.innerHTML = '<svg viewBox="0 0 18 18" aria-hidden="true" focusable="false"><rect class="ql-stroke" x="2" y="4" width="11" height="10" rx="1"/><path class="ql-stroke" d="M5 2h10a1 1 0 0 1 1 1v9"/><circle class="ql-fill" cx="6" cy="8" r="1"/><polyline class="ql-even ql-fill" points="12 13 9 10 4 13"/></svg>';
    }
    var imageButton = toolbar.querySelector('button.ql-image');
    if (imageButton) {
      imageButton.setAttribute('aria-label', 'Unggah dan sisipkan foto');
    }
    toolbar.querySelectorAll('button[aria-label], .ql-picker-label[aria-label]').forEach(function (b) {
      b.setAttribute('title', b.getAttribute('aria-label'));
    });
  }
  var linkInput = host.querySelector('.ql-tooltip input[data-link]');
  if (linkInput) {
    linkInput.setAttribute('data-link', 'https://contoh.go.id/halaman');
    linkInput.setAttribute('aria-label', 'Alamat tautan');
  }

  if (textarea.value.trim() !== '') {
    quill.setContents(quill.clipboard.convert({ html: textarea.value }), 'silent');
  }

  function bodyHtml() {
    if (quill.getText().trim() === '' && !editable.querySelector('img')) {
      return '';
    }
    // Quill 2.0.3 writes every space of getSemanticHTML() as &nbsp;; a typed no-break space stays U+00A0.
    return quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
  }

  // The textarea follows the editor as one types, so that the autosave (autosave.js) reads the body from the form.
  quill.on('text-change', function () {
    textarea.value = bodyHtml();
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });

  form.addEventListener('submit', function () {
    textarea.value = bodyHtml();
  });

  // ---- photos in the body ----
  var panel = document.getElementById('foto-isi');
  var picker = document.getElementById('FotoIsi');
  var altInput = document.getElementById('FotoIsiAlt');
  var altError = document.getElementById('FotoIsiAlt-error');
  var status = document.getElementById('foto-isi-status');
  var insertButton = document.getElementById('foto-isi-sisipkan');
  if (!panel || !picker || !altInput || !insertButton) {
    return;
  }
  panel.hidden = false;
  var pending = null;
  var uploadUrl = panel.getAttribute('data-upload-url');

  function say(text) {
    status.textContent = text;
  }

  function showAltError(text) {
    altError.textContent = text;
    if (text) {
      altInput.setAttribute('aria-invalid', 'true');
    } else {
      altInput.removeAttribute('aria-invalid');
    }
  }

  function token() {
    var field = form.querySelector('input[name="__RequestVerificationToken"]');
    return field ? field.value : '';
  }

  function upload(file) {
    var alt = altInput.value.trim();
    if (!alt) {
      pending = file;
      showAltError('Isi teks alternatif foto terlebih dahulu (untuk pembaca layar), lalu tekan "Unggah dan sisipkan".');
      say('Foto "' + file.name + '" siap diunggah setelah teks alternatif diisi.');
      altInput.focus();
      return;
    }
    showAltError('');
    var data = new FormData();
    data.append('berkas', file, file.name);
    data.append('__RequestVerificationToken', token());
    insertButton.disabled = true;
    say('Mengunggah "' + file.name + '"…');
    fetch(uploadUrl, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (json) {
          return { ok: response.ok, json: json };
        }, function () {
          return { ok: false, json: { pesan: 'Unggahan gagal (' + response.status + ').' } };
        });
      })
      .then(function (result) {
        if (!result.ok) {
          say(result.json.pesan || 'Unggahan gagal.');
          return;
        }
        var range = quill.getSelection(true);
        var index = range ? range.index : quill.getLength();
        quill.insertEmbed(index, 'image', result.json.url, 'user');
        quill.formatText(index, 1, 'alt', alt, 'user');
        quill.setSelection(index + 1, 0, 'silent');
        pending = null;
        picker.value = '';
        altInput.value = '';
        say('Foto "' + file.name + '" disisipkan ke isi.');
      })
      .catch(function () {
        say('Unggahan gagal: periksa sambungan lalu coba lagi.');
      })
      .finally(function () {
        insertButton.disabled = false;
      });
  }

  // A photo of the media library: inserted by its address, with the alt text typed above or else its caption.
  panel.querySelectorAll('button.pustaka-sisipkan').forEach(function (button) {
    button.addEventListener('click', function () {
      var alt = altInput.value.trim() || (button.getAttribute('data-alt') || '').trim();
      if (!alt) {
        showAltError('Isi teks alternatif foto terlebih dahulu (untuk pembaca layar), lalu tekan "Sisipkan" lagi.');
        altInput.focus();
        return;
      }
      showAltError('');
      var range = quill.getSelection(true);
      var index = range ? range.index : quill.getLength();
      quill.insertEmbed(index, 'image', button.getAttribute('data-src'), 'user');
      quill.formatText(index, 1, 'alt', alt, 'user');
      quill.setSelection(index + 1, 0, 'silent');
      altInput.value = '';
      say('Foto dari pustaka disisipkan ke isi.');
    });
  });

  insertButton.addEventListener('click', function () {
    var file = (picker.files && picker.files[0]) || pending;
    if (!file) {
      say('Pilih foto atau seret foto ke kotak isi.');
      picker.focus();
      return;
    }
    upload(file);
  });

  altInput.addEventListener('input', function () {
    if (altInput.value.trim()) {
      showAltError('');
    }
  });

  // Drag and drop onto the editor: the same upload as the file input.
  function isFileDrag(e) {
    return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0;
  }
  host.addEventListener('dragover', function (e) {
    if (isFileDrag(e)) {
      e.preventDefault();
      host.classList.add('drop-target');
    }
  });
  host.addEventListener('dragleave', function () {
    host.classList.remove('drop-target');
  });
  host.addEventListener('drop', function (e) {
    if (!isFileDrag(e)) {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    host.classList.remove('drop-target');
    var file = e.dataTransfer.files[0];
    if (file) {
      upload(file);
    }
  }, true);
}());
