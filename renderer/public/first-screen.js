/* global document, window */
// Puts the first screen the services wrote into the page (index.html's <template id="first-screen">) on screen at
// once, on the library's address only, before the app's code has run; the app replaces it when it starts. Dates are
// written here, in the page's time zone, as the app writes them (dd/mm/yyyy HH:mm).
// It also asks at once for what the first screen needs (named by the build in index.html's meta elements; see
// electron.vite.config.ts): on an article's address the editor's code, while the app's own code is still loading
// instead of after it has run; then the fonts the screens draw with.
(function () {
  var names = function (name) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? (meta.getAttribute('content') || '').split(' ') : [];
  };
  var preload = function (files, rel, pattern, as) {
    for (var i = 0; i < files.length; i += 1) {
      if (!pattern.test(files[i])) continue;
      var link = document.createElement('link');
      link.rel = rel;
      link.href = files[i];
      if (as) {
        link.as = as;
        link.type = 'font/woff2';
        link.crossOrigin = '';
      }
      document.head.appendChild(link);
    }
  };
  if (/^#\/bai-viet\/[a-z0-9-]+$/.test(window.location.hash)) preload(names('toasoan-editor-code'), 'modulepreload', /^\.\/assets\/[\w.-]+\.js$/);
  preload(names('toasoan-fonts'), 'preload', /^\.\/assets\/[\w.-]+\.woff2$/, 'font');
})();
(function () {
  var screen = document.getElementById('first-screen');
  var root = document.getElementById('root');
  var hash = window.location.hash;
  if (!screen || !root || (hash && hash !== '#' && hash !== '#/')) return;
  var content = screen.content.cloneNode(true);
  var two = function (n) {
    return (n < 10 ? '0' : '') + n;
  };
  var times = content.querySelectorAll('time[data-ms]');
  for (var i = 0; i < times.length; i += 1) {
    var at = new Date(Number(times[i].getAttribute('data-ms')));
    times[i].textContent = two(at.getDate()) + '/' + two(at.getMonth() + 1) + '/' + at.getFullYear() + ' ' + two(at.getHours()) + ':' + two(at.getMinutes());
  }
  root.appendChild(content);
})();
