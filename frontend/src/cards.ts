// The three dashboard cards Encore registers itself (no manual resource):
// heatmap, top list and stats, each with a visual editor and listed in the
// card picker. They read the same websocket commands as the listening page
// and follow new plays through the stats subscription.
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { ask, errorText, historyAccounts, type HomeAssistant, type Info, type StatsAnswer, type TopAnswer } from "./api";
import { ARTWORK_SETTLE_MS, artwork, usableImage } from "./artwork";
import { heatmapGrid } from "./charts";
import { PERIODS, countText, formatDuration, formatPercent, includesToday, questionFields, type PeriodName } from "./format";
import { language, languageReady, loadLanguage, localize } from "./i18n";
import { shared } from "./styles";

export interface CardConfig {
  type: string;
  title?: string;
  period?: PeriodName;
  whose?: string;
  kind?: "artist" | "track" | "album" | "show";
  limit?: number;
}

const CARD_PERIODS = PERIODS.filter((name) => name !== "custom");

abstract class EncoreCard extends LitElement {
  static properties = {
    hass: { attribute: false },
    _config: { state: true },
    _stats: { state: true },
    _error: { state: true },
  };

  hass?: HomeAssistant;
  protected _config: CardConfig = { type: "" };
  protected _stats?: StatsAnswer;
  protected _error?: string;
  private _unsubscribe?: Promise<() => Promise<void>>;
  private _subscribed = "";

  protected get language(): string {
    return language(this.hass?.locale?.language ?? this.hass?.language);
  }

  protected t(key: string, placeholders?: Record<string, string | number>): string {
    return localize(this.language, key, placeholders);
  }

  setConfig(config: CardConfig): void {
    this._config = { period: "this_week", whose: "me", ...config };
  }

  getCardSize(): number {
    return 4;
  }

  protected fields(): Record<string, unknown> {
    return questionFields({ period: this._config.period ?? "this_week", whose: this._config.whose ?? "me" });
  }

  /** Called with every fresh answer of the stats subscription. */
  protected refreshed(): void {}

  connectedCallback(): void {
    super.connectedCallback();
    this._subscribed = "";
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stop();
  }

  private _stop(): void {
    this._unsubscribe?.then((stop) => stop()).catch(() => undefined);
    this._unsubscribe = undefined;
  }

  protected willUpdate(_changed: PropertyValues): void {
    const key = JSON.stringify(this.fields());
    if (!this.hass || key === this._subscribed) {
      return;
    }
    this._subscribed = key;
    this._stop();
    this._unsubscribe = this.hass.connection.subscribeMessage<StatsAnswer>(
      (stats) => {
        this._stats = stats;
        this._error = undefined;
        this.refreshed();
      },
      { type: "encore/subscribe_stats", ...this.fields() },
    );
    this._unsubscribe.catch((error) => {
      this._error = this.t("error.generic", { message: errorText(error) });
    });
  }

  protected frame(name: string, body: TemplateResult | typeof nothing): TemplateResult {
    if (!languageReady(this.language)) {
      // The user's language loads first (a chunk of its own): no English flash.
      loadLanguage(this.language).then(() => this.requestUpdate());
      return html`<ha-card></ha-card>`;
    }
    return html`<ha-card>
      <div class="card">
        <h2>${this._config.title ?? this.t(name)}</h2>
        ${this._error ? html`<p class="error">${this._error}</p>` : body}
      </div>
    </ha-card>`;
  }

  static styles = [
    shared,
    css`
      ha-card {
        display: block;
        height: 100%;
      }
      ha-card .card {
        border: none;
        background: none;
      }
      .said {
        font-size: 0.8rem;
        color: var(--secondary-text-color);
        margin-top: 8px;
      }
    `,
  ];
}

export class EncoreHeatmapCard extends EncoreCard {
  static getStubConfig(): Partial<CardConfig> {
    return { period: "this_month" };
  }

  static getConfigElement(): HTMLElement {
    return document.createElement("encore-card-editor");
  }

  protected render(): TemplateResult {
    return this.frame(
      "chart.heatmap",
      this._stats ? html`${heatmapGrid(this._stats.heatmap, this.language)}${this._said()}` : nothing,
    );
  }

  protected _said(): TemplateResult {
    return html`<div class="said">${this.t(`period.${this._stats?.period.name ?? "this_week"}`)}${
      this._stats?.said ? `, ${this._stats.said}` : ""
    }</div>`;
  }
}

export class EncoreStatsCard extends EncoreHeatmapCard {
  getCardSize(): number {
    return 3;
  }

  protected render(): TemplateResult {
    const stats = this._stats;
    if (!stats) {
      return this.frame("card.stats_name", nothing);
    }
    const tiles: [string, string][] = [
      ["tile.plays", stats.totals.plays.toLocaleString(this.language)],
      ["tile.time", formatDuration(stats.totals.ms_played / 60_000, this.language)],
      ["tile.artists", countText(stats.totals.artists, this.language)],
      ["tile.tracks", countText(stats.totals.tracks, this.language)],
      ["tile.new_artists", countText(stats.taste.new_artists_count, this.language)],
      // The current streak is today's: a period that ended before has none to show.
      ...(includesToday(stats.period)
        ? [["tile.streak", this.t("tile.streak_days", { days: stats.taste.streaks.current_days })] as [string, string]]
        : []),
      ["tile.skip_rate", formatPercent(stats.skip_rate)],
    ];
    return this.frame(
      "card.stats_name",
      html`<div class="tiles">
          ${tiles.map(
            ([label, value]) => html`<div class="tile"><div class="value">${value}</div><div class="label">${this.t(label)}</div></div>`,
          )}
        </div>
        ${this._said()}`,
    );
  }
}

export class EncoreTopCard extends EncoreHeatmapCard {
  static properties = { ...EncoreCard.properties, _top: { state: true } };
  private _top?: TopAnswer;
  private _unsubscribeArtwork?: Promise<() => Promise<void>>;
  private _artworkTimer?: number;

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribeArtwork?.then((stop) => stop()).catch(() => undefined);
    this._unsubscribeArtwork = undefined;
    window.clearTimeout(this._artworkTimer);
    this._artworkTimer = undefined;
  }

  /** While entries lack artwork, ask again once Encore kept some it looked up. */
  private _followArtwork(): void {
    if (!this.hass || this._unsubscribeArtwork || !this._top?.items.some((entry) => !usableImage(entry.image))) {
      return;
    }
    this._unsubscribeArtwork = this.hass.connection.subscribeMessage<Record<string, never>>(
      () => {
        if (this._artworkTimer === undefined) {
          this._artworkTimer = window.setTimeout(() => {
            this._artworkTimer = undefined;
            this.refreshed();
          }, ARTWORK_SETTLE_MS);
        }
      },
      { type: "encore/subscribe_artwork" },
    );
    this._unsubscribeArtwork.catch(() => undefined);
  }

  static getStubConfig(): Partial<CardConfig> {
    return { period: "this_month", kind: "artist", limit: 5 };
  }

  protected refreshed(): void {
    if (!this.hass) {
      return;
    }
    ask<TopAnswer>(this.hass, "top_items", {
      ...this.fields(),
      kind: this._config.kind ?? "artist",
      limit: this._config.limit ?? 5,
    })
      .then((top) => {
        this._top = top;
        this._followArtwork();
      })
      .catch((error) => {
        this._error = this.t("error.generic", { message: errorText(error) });
      });
  }

  protected render(): TemplateResult {
    const kind = this._config.kind ?? "artist";
    const plays = this._stats?.totals.plays ?? 0;
    return this.frame(
      `top.${kind}`,
      this._top
        ? html`<ol class="top with-art">
              ${this._top.items.map(
                (entry) => html`<li>
                  <span class="rank">${entry.rank}</span>
                  ${artwork(entry.image, kind)}
                  <span class="name">${entry.name}${entry.artist ? html` <span class="by">${entry.artist}</span>` : nothing}</span>
                  <span class="figures"
                    >${this.t("top.plays", { plays: entry.plays })}<br />${formatDuration(
                      entry.minutes,
                      this.language,
                    )}${plays ? ` · ${formatPercent(entry.plays / plays)}` : ""}</span
                  >
                </li>`,
              )}
            </ol>
            ${this._said()}`
        : nothing,
    );
  }
}

interface FormSchema {
  name: string;
  selector: Record<string, unknown>;
}

/** The visual editor of the three cards: Home Assistant's own form. */
export class EncoreCardEditor extends LitElement {
  static properties = { hass: { attribute: false }, _config: { state: true }, _info: { state: true } };
  hass?: HomeAssistant;
  private _config?: CardConfig;
  private _info?: Info;

  setConfig(config: CardConfig): void {
    this._config = config;
  }

  protected willUpdate(): void {
    if (this.hass && !this._info) {
      this._info = { is_admin: false, history_open: true, accounts: [] };
      ask<Info>(this.hass, "info")
        .then((info) => {
          this._info = info;
        })
        .catch(() => undefined);
    }
  }

  private get _lang(): string {
    return language(this.hass?.locale?.language ?? this.hass?.language);
  }

  private _options(values: string[], prefix: string): { value: string; label: string }[] {
    return values.map((value) => ({ value, label: localize(this._lang, `${prefix}.${value}`) }));
  }

  private _schema(): FormSchema[] {
    const whose = [
      { value: "me", label: localize(this._lang, "whose.me") },
      // As on the page: no Sonos household, no account without plays.
      ...historyAccounts(this._info?.accounts ?? [], this._config?.whose).map((account) => ({
        value: account.config_entry_id,
        label: account.title,
      })),
      { value: "everyone", label: localize(this._lang, "whose.everyone") },
    ];
    const schema: FormSchema[] = [
      { name: "title", selector: { text: {} } },
      { name: "period", selector: { select: { mode: "dropdown", options: this._options(CARD_PERIODS, "period") } } },
      { name: "whose", selector: { select: { mode: "dropdown", options: whose } } },
    ];
    if (this._config?.type === "custom:encore-top-card") {
      schema.push(
        {
          name: "kind",
          selector: {
            select: {
              mode: "dropdown",
              options: ["artist", "track", "album", "show"].map((value) => ({
                value,
                label: localize(this._lang, `top.${value}`),
              })),
            },
          },
        },
        { name: "limit", selector: { number: { min: 1, max: 50, mode: "box" } } },
      );
    }
    return schema;
  }

  protected render(): TemplateResult | typeof nothing {
    if (!this.hass || !this._config) {
      return nothing;
    }
    if (!languageReady(this._lang)) {
      loadLanguage(this._lang).then(() => this.requestUpdate());
      return nothing;
    }
    return html`<ha-form
      .hass=${this.hass}
      .data=${this._config}
      .schema=${this._schema()}
      .computeLabel=${(field: FormSchema) => localize(this._lang, `card.${field.name}`)}
      @value-changed=${(event: CustomEvent<{ value: CardConfig }>) => this._changed(event)}
    ></ha-form>`;
  }

  private _changed(event: CustomEvent<{ value: CardConfig }>): void {
    event.stopPropagation();
    this._config = event.detail.value;
    this.dispatchEvent(new CustomEvent("config-changed", { detail: { config: this._config }, bubbles: true, composed: true }));
  }
}

const ELEMENTS: [string, CustomElementConstructor][] = [
  ["encore-heatmap-card", EncoreHeatmapCard],
  ["encore-top-card", EncoreTopCard],
  ["encore-stats-card", EncoreStatsCard],
  ["encore-card-editor", EncoreCardEditor],
];
// Home Assistant imports this module at boot, beside its own app, which
// installs a scoped custom element registry polyfill in place of
// `window.customElements`. Elements defined before that land in the native
// registry only, where the dashboard never looks ("Configuration error"): so
// define them once Home Assistant's root element is, when `customElements`
// is the registry the dashboard uses.
const defineCards = (): void => {
  for (const [name, element] of ELEMENTS) {
    if (!customElements.get(name)) {
      customElements.define(name, element);
    }
  }
};
void customElements.whenDefined("home-assistant").then(defineCards);

interface CustomCard {
  type: string;
  name: string;
  description: string;
  preview: boolean;
  documentationURL?: string;
}
const win = window as unknown as { customCards?: CustomCard[] };
win.customCards = win.customCards ?? [];
const lang = language(navigator.language);
const CARDS = [
  ["encore-heatmap-card", "heatmap"],
  ["encore-top-card", "top"],
  ["encore-stats-card", "stats"],
];
for (const [type, name] of CARDS) {
  if (!win.customCards.some((card) => card.type === type)) {
    win.customCards.push({
      type,
      name: localize(lang, `card.${name}_name`),
      description: localize(lang, `card.${name}_description`),
      preview: true,
      documentationURL: "https://github.com/encore-ha/encore#dashboard-cards",
    });
  }
}
// The card picker's words in the browser's language, once it has loaded.
void loadLanguage(lang).then(() => {
  for (const [type, name] of CARDS) {
    const card = win.customCards?.find((listed) => listed.type === type);
    if (card) {
      card.name = localize(lang, `card.${name}_name`);
      card.description = localize(lang, `card.${name}_description`);
    }
  }
});
