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

customElements.define("ll-strategy-dashboard-encore-demo", EncoreDemoDashboardStrategy);
