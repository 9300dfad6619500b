// Keeps parts of a page current without reloading it: every element with data-live="<url>" is replaced by what the
// URL answers (the same fragment, rendered again on the server) every data-live-every milliseconds.
(function () {
  'use strict';

  function refresh(element) {
    return fetch(element.dataset.live, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        if (response.redirected || response.status === 401) {
          // the session ended: the whole page goes to the sign-in page
          window.location.reload();
          return null;
        }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(element.id);
        if (!fresh) {
          return;
        }
        document.dispatchEvent(new CustomEvent('bb:before-update', {detail: element}));
        element.replaceChildren.apply(element, Array.from(fresh.childNodes));
        element.dataset.refreshed = String(Date.now());
        document.dispatchEvent(new CustomEvent('bb:updated', {detail: element}));
      })
      .catch(function () {
        // the server is away for a moment; the next round tries again
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-live]').forEach(function (element) {
      var every = Number(element.dataset.liveEvery) || 5000;
      window.setInterval(function () { refresh(element); }, every);
    });
  });
})();
