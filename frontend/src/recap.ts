// The listening page's Recap view ("your year in music", issue 38): a chooser
// of the months and years that have plays, then a short sequence of cards
// with real figures and artwork, each card and the whole recap savable as a
// PNG drawn in the browser (a canvas; nothing is uploaded anywhere).
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { ask, errorText, type HomeAssistant } from "./api";
import { artwork, usableImage } from "./artwork";
import { language, localize } from "./i18n";
import {
  periodLabel,
  recapCards,
  type RecapAnswer,
  type RecapCard,
  type RecapPeriods,
  type Translate,
} from "./recap-cards";
import { CARD_H, CARD_W, layoutCard } from "./recap-layout";
import { shared } from "./styles";

// -- images drawn in the browser ------------------------------------------------

const PALETTE = [
  ["#1db954", "#0b3d20"],
  ["#7b2ff7", "#1a0b3d"],
  ["#f7572f", "#3d120b"],
  ["#2f8ef7", "#0b203d"],
  ["#f7c52f", "#3d300b"],
  ["#f72f8e", "#3d0b24"],
];

function loadImage(url: string | null | undefined): Promise<HTMLImageElement | null> {
  if (!usableImage(url)) {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const image = new Image();
    image.crossOrigin = "anonymous";
    image.referrerPolicy = "no-referrer";
    image.onload = () => resolve(image);
    image.onerror = () => resolve(null);
    image.src = url;
  });
}

/** Draw one card at full size (1080 x 1350) at the context's origin: every text whole (recap-layout.ts). */
export function drawCard(
  ctx: CanvasRenderingContext2D,
  card: RecapCard,
  index: number,
  image: HTMLImageElement | null,
  footer: string,
): void {
  const [light, dark] = PALETTE[index % PALETTE.length];
  const gradient = ctx.createLinearGradient(0, 0, CARD_W, CARD_H);
  gradient.addColorStop(0, light);
  gradient.addColorStop(1, dark);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, CARD_W, CARD_H);
  ctx.fillStyle = "#ffffff";
  ctx.textBaseline = "top";
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layout = layoutCard(card, measure, footer, image !== null);
  if (image && layout.art) {
    const { x, y, size } = layout.art;
    ctx.save();
    if (card.round) {
      ctx.beginPath();
      ctx.arc(x + size / 2, y + size / 2, size / 2, 0, Math.PI * 2);
      ctx.clip();
    }
    ctx.drawImage(image, x, y, size, size);
    ctx.restore();
  }
  for (const run of layout.runs) {
    ctx.globalAlpha = run.alpha;
    ctx.font = run.font;
    ctx.fillText(run.text, run.x, run.y);
  }
  ctx.globalAlpha = 1;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no image"))), "image/png");
  });
}

/**
 * A PNG of some cards: one card full size, several as a poster of two
 * columns at half size. Artwork a server does not allow to be drawn (no
 * CORS) would taint the canvas: then the image is drawn without artwork.
 */
export async function cardsImage(cards: RecapCard[], footer: string, withArt = true): Promise<Blob> {
  const one = cards.length === 1;
  const scale = one ? 1 : 0.5;
  const columns = one ? 1 : 2;
  const rows = Math.ceil(cards.length / columns);
  const canvas = document.createElement("canvas");
  canvas.width = CARD_W * scale * columns;
  canvas.height = CARD_H * scale * rows;
  const ctx = canvas.getContext("2d");
  if (!ctx) {
    throw new Error("no canvas");
  }
  const images = withArt ? await Promise.all(cards.map((card) => loadImage(card.image))) : cards.map(() => null);
  cards.forEach((card, index) => {
    ctx.save();
    ctx.translate((index % columns) * CARD_W * scale, Math.floor(index / columns) * CARD_H * scale);
    ctx.scale(scale, scale);
    drawCard(ctx, card, index, images[index], footer);
    ctx.restore();
  });
  try {
    return await toBlob(canvas);
  } catch (error) {
    if (withArt) {
      return cardsImage(cards, footer, false);
    }
    throw error;
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// -- the view ------------------------------------------------------------------------

export class EncoreRecap extends LitElement {
  static properties = {
    hass: { attribute: false },
    whose: {},
    period: {},
    _periods: { state: true },
    _answer: { state: true },
    writable: { type: Boolean },
    _error: { state: true },
    _playlist: { state: true },
    _making: { state: true },
  };

  hass!: HomeAssistant;
  /** "me", "everyone" or a config entry id, as the page's question. */
  whose = "me";
  /** "2025" or "2025-10"; the latest year with plays when empty. */
  period = "";
  /** The recap's account may be changed by this user: a playlist can be made of it. */
  writable = false;
  private _playlist?: { name: string; url: string; key: string };
  private _making = false;
  private _periods?: RecapPeriods;
  private _answer?: RecapAnswer;
  private _error?: string;
  private _asked = "";
  private _periodsFor = "";

  private get _lang(): string {
    return language(this.hass?.locale?.language ?? this.hass?.language);
  }

  private _t: Translate = (key, placeholders) => localize(this._lang, key, placeholders);

  private _whoseFields(): Record<string, unknown> {
    if (this.whose === "everyone") {
      return { everyone: true };
    }
    return this.whose && this.whose !== "me" ? { config_entry_id: this.whose } : {};
  }

  private _chosen(): string {
    return this.period || (this._periods?.years[0] !== undefined ? String(this._periods.years[0]) : "");
  }

  protected willUpdate(changed: PropertyValues): void {
    if (!this.hass) {
      return;
    }
    if (this._periodsFor !== this.whose) {
      this._periodsFor = this.whose;
      this._periods = undefined;
      ask<RecapPeriods>(this.hass, "recap_periods", this._whoseFields())
        .then((periods) => {
          this._periods = periods;
        })
        .catch((error) => {
          this._error = errorText(error);
        });
    }
    const chosen = this._chosen();
    const key = JSON.stringify([this.whose, chosen]);
    if (chosen && key !== this._asked && (changed.has("period") || changed.has("whose") || changed.has("_periods") || !this._asked)) {
      this._asked = key;
      this._answer = undefined;
      this._error = undefined;
      const fields = chosen.includes("-") ? { month: chosen } : { year: Number(chosen) };
      ask<RecapAnswer>(this.hass, "recap", { ...fields, ...this._whoseFields() })
        .then((answer) => {
          if (key === this._asked) {
            this._answer = answer;
          }
        })
        .catch((error) => {
          this._error = errorText(error);
        });
    }
  }

  private _choose(value: string, whose: string): void {
    this.dispatchEvent(new CustomEvent("recap-changed", { detail: { period: value, whose }, bubbles: true, composed: true }));
    this.period = value;
    this.whose = whose;
  }

  private _cards(): RecapCard[] {
    if (!this._answer || this._answer.status !== "ready") {
      return [];
    }
    return recapCards(this._answer, periodLabel(this._chosen(), this._lang), this._t, this._lang);
  }

  /** The PNG of one card (by id) or of the whole recap; drawn here, never sent anywhere. */
  async image(id?: string): Promise<Blob> {
    const cards = this._cards();
    const chosen = id ? cards.filter((card) => card.id === id) : cards;
    return cardsImage(chosen, `Encore · ${periodLabel(this._chosen(), this._lang)}`);
  }

  /** The recap's top songs as a Spotify playlist, through `encore.create_playlist`. */
  private async _makePlaylist(): Promise<void> {
    const chosen = this._chosen();
    const key = this._asked;
    const fields = chosen.includes("-") ? { month: chosen } : { year: Number(chosen) };
    const account = this.whose && this.whose !== "me" ? { config_entry_id: this.whose, account: this.whose } : {};
    this._making = true;
    this._error = undefined;
    try {
      const made = await ask<{ name: string; url: string }>(this.hass, "create_playlist", {
        ...fields,
        ...account,
        name: `Encore · ${periodLabel(chosen, this._lang)}`,
      });
      this._playlist = { name: made.name, url: made.url, key };
    } catch (error) {
      this._error = errorText(error);
    } finally {
      this._making = false;
    }
  }

  private async _save(id?: string): Promise<void> {
    const blob = await this.image(id);
    download(blob, `encore-recap-${this._chosen()}${id ? `-${id}` : ""}.png`);
  }

  protected render(): TemplateResult {
    const lang = this._lang;
    const periods = this._periods;
    const chosen = this._chosen();
    const label = chosen ? periodLabel(chosen, lang) : "";
    return html`
      <div class="pickers">
        <label
          >${this._t("recap.choose")}
          <select id="recap-period" @change=${(event: Event) => this._choose((event.target as HTMLSelectElement).value, this.whose)}>
            ${periods
              ? html`<optgroup label=${this._t("recap.years")}>
                    ${periods.years.map(
                      (year) => html`<option value=${String(year)} ?selected=${chosen === String(year)}>${year}</option>`,
                    )}
                  </optgroup>
                  <optgroup label=${this._t("recap.months")}>
                    ${periods.months.map(
                      (month) => html`<option value=${month} ?selected=${chosen === month}>${periodLabel(month, lang)}</option>`,
                    )}
                  </optgroup>`
              : nothing}
          </select>
        </label>
        <label
          >${this._t("whose.label")}
          <select id="recap-whose" @change=${(event: Event) => this._choose(this.period, (event.target as HTMLSelectElement).value)}>
            <option value="me" ?selected=${this.whose === "me"}>${this._t("whose.me")}</option>
            <option value="everyone" ?selected=${this.whose === "everyone"}>${this._t("whose.everyone")}</option>
            ${this.whose !== "me" && this.whose !== "everyone"
              ? html`<option value=${this.whose} selected>${this.whose}</option>`
              : nothing}
          </select>
        </label>
        ${this._answer?.status === "ready"
          ? html`<button class="save-all" @click=${() => this._save()}>${this._t("recap.save_all")}</button>`
          : nothing}
        ${this._answer?.status === "ready" && this.writable && this.whose !== "everyone" && this._answer.music?.song_uris?.length
          ? html`<button class="playlist" ?disabled=${this._making} @click=${() => this._makePlaylist()}>
              ${this._t("recap.save_playlist")}
            </button>`
          : nothing}
      </div>
      ${this._playlist && this._playlist.key === this._asked
        ? html`<p class="playlist-saved" role="status">
            ${this._t("recap.playlist_saved", { name: this._playlist.name })}
            <a href=${this._playlist.url} target="_blank" rel="noreferrer">${this._t("recap.open_playlist")}</a>
          </p>`
        : nothing}
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${periods && !periods.years.length
        ? html`<div class="card nothing" data-recap="nothing">${this._t("recap.no_data")}</div>`
        : !this._answer
          ? this._error
            ? nothing
            : html`<p class="muted" role="status">${this._t("recap.loading")}</p>`
          : this._answer.status !== "ready"
            ? html`<div class="card nothing" data-recap="nothing">${this._t("recap.nothing", { period: label })}</div>`
            : html`<ol class="recap-cards">
                ${this._cards().map((card, index) => this._card(card, index))}
              </ol>`}
    `;
  }

  private _card(card: RecapCard, index: number): TemplateResult {
    return html`<li class="recap-card tone${index % PALETTE.length}" data-card=${card.id}>
      <h2>${card.title}</h2>
      ${card.image !== undefined && usableImage(card.image)
        ? html`<div class="hero">${artwork(card.image, card.round ? "artist" : "track", 120)}</div>`
        : nothing}
      ${card.value ? html`<div class="value">${card.value}</div>` : nothing}
      ${card.caption ? html`<div class="caption">${card.caption}</div>` : nothing}
      <ul>
        ${card.lines.map(
          (line) => html`<li>
            <span class="text">${line.text}</span>${line.sub ? html`<span class="sub">${line.sub}</span>` : nothing}
          </li>`,
        )}
      </ul>
      <button class="save" data-save=${card.id} @click=${() => this._save(card.id)}>${this._t("recap.save")}</button>
    </li>`;
  }

  static styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .pickers {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: end;
        margin-bottom: 16px;
      }
      label {
        display: flex;
        flex-direction: column;
        font-size: 0.85rem;
        color: var(--secondary-text-color);
        gap: 4px;
      }
      select,
      button {
        font: inherit;
        color: var(--primary-text-color);
        background: var(--card-background-color, #fff);
        border: 1px solid var(--divider-color, #ccc);
        border-radius: 8px;
        padding: 8px 12px;
        min-height: 40px;
      }
      button {
        cursor: pointer;
      }
      ol.recap-cards {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr));
        gap: 16px;
      }
      .recap-card {
        border-radius: 20px;
        padding: 24px;
        color: #fff;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .tone0 { background: linear-gradient(135deg, #1db954, #0b3d20); }
      .tone1 { background: linear-gradient(135deg, #7b2ff7, #1a0b3d); }
      .tone2 { background: linear-gradient(135deg, #f7572f, #3d120b); }
      .tone3 { background: linear-gradient(135deg, #2f8ef7, #0b203d); }
      .tone4 { background: linear-gradient(135deg, #b8860b, #3d300b); }
      .tone5 { background: linear-gradient(135deg, #f72f8e, #3d0b24); }
      .recap-card h2 {
        margin: 0;
        font-size: 1.2rem;
      }
      .recap-card .value {
        font-size: 2.4rem;
        font-weight: 800;
        line-height: 1.1;
        overflow-wrap: anywhere;
      }
      .recap-card .caption {
        font-size: 1rem;
        opacity: 0.9;
        overflow-wrap: anywhere;
      }
      .recap-card ul {
        list-style: none;
        padding: 0;
        margin: 8px 0 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .recap-card ul li {
        display: flex;
        flex-direction: column;
        min-width: 0;
      }
      .recap-card .text {
        font-weight: 600;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .recap-card[data-card="intro"] .text {
        white-space: normal;
      }
      .recap-card .sub {
        font-size: 0.85rem;
        opacity: 0.85;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .recap-card .hero img,
      .recap-card .hero .art {
        border-radius: 8px;
      }
      .recap-card .hero .round {
        border-radius: 50%;
      }
      .recap-card button.save {
        align-self: flex-start;
        margin-top: auto;
        background: rgba(255, 255, 255, 0.18);
        color: #fff;
        border-color: rgba(255, 255, 255, 0.4);
      }
      .nothing {
        font-size: 1.1rem;
      }
      .error {
        color: var(--error-color, #db4437);
      }
    `,
  ];
}

if (!customElements.get("encore-recap")) {
  customElements.define("encore-recap", EncoreRecap);
}
