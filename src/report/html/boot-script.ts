// The page's own script: once the inlined vega bundle has loaded, swap each chart's static SVG for a
// live vega view (hover tooltips, drag/wheel zoom on time axes). With JavaScript off, or if
// anything fails, the static SVG simply stays. Each figure records the outcome in `data-live`
// ("ready" or "failed") so a headless browser check can read it from the DOM.
export const BOOT_SCRIPT = `
(function () {
  var figures = document.querySelectorAll('figure[data-spec]');
  for (var i = 0; i < figures.length; i++) start(figures[i]);
  function start(fig) {
    var host = fig.querySelector('.chart-live');
    var still = fig.querySelector('.chart-static');
    function fail() { fig.setAttribute('data-live', 'failed'); }
    try {
      if (typeof vega === 'undefined') return fail();
      var spec = JSON.parse(document.getElementById(fig.getAttribute('data-spec')).textContent);
      var view = new vega.View(vega.parse(spec), { renderer: 'svg', container: host, hover: true });
      view.runAsync().then(function () {
        host.hidden = false;
        still.hidden = true;
        fig.setAttribute('data-live', 'ready');
      }, fail);
    } catch (e) {
      fail();
    }
  }
})();
`;
