// Counts down each open call's deadline once a second; the server's fragments carry the deadline.
(function () {
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (el) {
      var left = Math.round((Date.parse(el.getAttribute('data-deadline')) - now) / 1000);
      if (left <= 0) { el.textContent = 'time is up'; return; }
      var h = Math.floor(left / 3600), m = Math.floor((left % 3600) / 60), s = left % 60;
      el.textContent = (h > 0 ? h + ' h ' : '') + m + ' min ' + s + ' s left';
    });
  }
  tick();
  setInterval(tick, 1000);
})();
