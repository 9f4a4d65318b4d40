// The demo dashboard in the language of whoever looks at it (issue 43.18).
//
// A dashboard strategy, Home Assistant's way of building a dashboard in the
// browser: the stored configuration (demo/dashboard.py) holds the dashboard
// once per language; this picks the one of the user's language (their
// profile, else the browser's), English when there is none.
class EncoreDemoDashboardStrategy extends HTMLElement {
  static async generate(config, hass) {
    const dashboards = config.dashboards || {};
    const language = (hass.locale && hass.locale.language) || hass.language || "en";
    return (
      dashboards[language] ||
      dashboards[language.split("-")[0]] ||
      dashboards.en
    );
  }
}

// Home Assistant imports this module at boot, beside its own app, which
// replaces `window.customElements` with a scoped registry polyfill: an
// element defined before that is in the native registry only, where the
// dashboard never looks (it gives up after 5 s). So it is defined once Home
// Assistant's root element is, as Encore's cards are (frontend/src/cards.ts).
customElements.whenDefined("home-assistant").then(() => {
  const tag = "ll-strategy-dashboard-encore-demo";
  if (!customElements.get(tag)) {
    customElements.define(tag, EncoreDemoDashboardStrategy);
  }
});
