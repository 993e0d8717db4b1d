// Sends a file form with XMLHttpRequest so the admin sees the upload's progress; the server answers with the URL of
// the preview. Without script (or on very old browsers) the form simply posts as usual.
(function () {
    'use strict';
    document.querySelectorAll('form[data-upload]').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            var input = form.querySelector('input[type=file]');
            if (!input || !input.files || input.files.length === 0 || !window.FormData) {
                return;
            }

            event.preventDefault();
            // The server refuses larger files anyway; saying so before sending spares the wait.
            var max = Number(form.dataset.maxBytes);
            if (max > 0 && input.files[0].size > max) {
                var hint = form.querySelector('[data-upload-text]');
                hint.setAttribute('role', 'alert');
                hint.textContent = form.dataset.tooLarge;
                return;
            }

            var bar = form.querySelector('[data-upload-bar]');
            var text = form.querySelector('[data-upload-text]');
            var button = form.querySelector('button[type=submit]');
            button.disabled = true;
            bar.hidden = false;
            bar.value = 0;
            text.textContent = form.dataset.uploading.replace('{0}', '0');

            var fail = function (message) {
                button.disabled = false;
                bar.hidden = true;
                text.setAttribute('role', 'alert');
                text.textContent = message || form.dataset.failed;
            };

            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.setRequestHeader('X-Upload', '1');
            request.responseType = 'json';
            request.upload.onprogress = function (e) {
                if (e.lengthComputable) {
                    var percent = Math.floor(e.loaded * 100 / e.total);
                    bar.value = percent;
                    text.textContent = form.dataset.uploading.replace('{0}', String(percent));
                }
            };
            request.onload = function () {
                var body = request.response;
                if (request.status === 200 && body && body.next) {
                    bar.removeAttribute('value');
                    text.textContent = form.dataset.checking;
                    window.location.assign(body.next);
                } else if (request.status === 413) {
                    fail(form.dataset.tooLarge);
                } else {
                    fail(body && body.error);
                }
            };
            request.onerror = function () { fail(); };
            request.send(new FormData(form));
        });
    });
})();
