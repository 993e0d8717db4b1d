// Keeps a running job's progress current without reloading the page: a timed reload fails axe's "meta-refresh" rule
// (WCAG 2.2.1) and sends a screen reader back to the top. Every few seconds the same page is fetched; while the job
// runs, the polite live region gets the new progress; once it has finished, the card is replaced and its heading
// takes focus so the outcome is read out. Without script the page offers a link to look again.
(function () {
    'use strict';
    var script = document.currentScript;
    var seconds = Number(script && script.dataset.refreshSeconds) || 2;

    function schedule() {
        window.setTimeout(tick, seconds * 1000);
    }

    function tick() {
        window.fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var next = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-job-card]');
                var card = document.querySelector('[data-job-card]');
                if (!next || !card) {
                    return;
                }
                var running = next.querySelector('[data-job-running]');
                var live = card.querySelector('[data-job-running]');
                if (running && live) {
                    live.innerHTML = running.innerHTML;
                    schedule();
                    return;
                }
                card.replaceWith(next);
                var heading = next.querySelector('h1');
                if (heading) {
                    heading.setAttribute('tabindex', '-1');
                    heading.focus();
                }
            })
            .catch(function () {
                // A failed poll (a node restarting, a lost connection) tries again later.
                schedule();
            });
    }

    schedule();
}());
