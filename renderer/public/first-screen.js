/* global document, window */
// Puts the first screen the services wrote into the page (index.html's <template id="first-screen">) on screen at
// once, on the library's address only, before the app's code has run; the app replaces it when it starts. Dates are
// written here, in the page's time zone, as the app writes them (dd/mm/yyyy HH:mm).
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
