// The accept page's one script: asks for the answer's status card until dispatch has decided, and
// swaps it in, so the outcome appears without a reload. Without script, a <noscript> refresh does
// the same by reloading the whole page.
(function () {
  var card = document.querySelector('main[data-status]');
  if (!card || !window.fetch || !window.DOMParser) {
    return;
  }
  var url = new URL(card.getAttribute('data-status'), document.baseURI).href;
  var delay = 1000;
  var waited = 0;

  function next() {
    waited += delay;
    if (waited > 180000) {
      return; // three minutes: a reload (or the email) will tell
    }
    delay = Math.min(delay + 500, 5000);
    setTimeout(poll, delay);
  }

  function poll() {
    fetch(url, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var fresh = html && new DOMParser().parseFromString(html, 'text/html').querySelector('main');
        if (!fresh) {
          next();
          return;
        }
        document.querySelector('main').replaceWith(document.adoptNode(fresh));
        var title = fresh.querySelector('h1');
        if (title) {
          document.title = title.textContent + ' · Crew Dispatch';
        }
        if (fresh.hasAttribute('data-status')) {
          next();
        }
      })
      .catch(next);
  }

  setTimeout(poll, delay);
})();
