// What every tab of the listening page shares: the user's words, numbers,
// clock and time zone (Home Assistant's profile), the question it shows,
// its errors and messages, and answers that arrive after the question
// changed being dropped. Each tab is an element of its own (views/*.ts);
// the panel (panel.ts) holds the header, the tabs and the pickers.
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { type Answer, type HomeAssistant, type Info } from "./api";
import { errorMessage } from "./errors";
import { ARTWORK_SETTLE_MS } from "./artwork";
import { formatNumber, questionFields, type NumberStyle, type Question } from "./format";
import { hour12Of, numberStyle, userTimeZone } from "./profile";
import { language, localize } from "./i18n";
import { shared } from "./styles";

/** The event a view sends with each answer, so the panel can say whose history it is. */
export const ANSWERED = "encore-answered";

export abstract class EncoreView extends LitElement {
  static properties = {
    hass: { attribute: false },
    question: { attribute: false },
    params: { attribute: false },
    info: { attribute: false },
    _error: { state: true },
    _message: { state: true },
  };

  hass!: HomeAssistant;
  /** The period, whose history and content the panel's pickers chose. */
  question: Question = { period: "this_month", whose: "me" };
  /** The page address's parameters (an item's kind and name). */
  params: Record<string, string> = {};
  /** Encore's `info` answer: the accounts, whether the user is an administrator. */
  info?: Info;
  protected _error?: string;
  protected _message?: string;
  private _loaded = "";
  private _unsubscribeArtwork?: Promise<() => Promise<void>>;
  private _artworkTimer?: number;

  protected get language(): string {
    return language(this.hass?.locale?.language ?? this.hass?.language);
  }

  /** A text in the user's language, its numbers in the user's number format. */
  protected t(key: string, placeholders?: Record<string, string | number>): string {
    return localize(this.language, key, placeholders, (value) => this.num(value));
  }

  /**
   * The zone times are written in: Home Assistant's, or the browser's when
   * the user's profile says "local" (as Home Assistant's own pages). The
   * history's days and hours (the heatmap, the bars) are Home Assistant's.
   */
  protected get zone(): string | undefined {
    return userTimeZone(this.hass?.locale, this.serverZone);
  }

  /** Home Assistant's time zone: the history's days (the bars, the heatmap) are its. */
  protected get serverZone(): string | undefined {
    return this.hass?.config?.time_zone || undefined;
  }

  /** The user's number format (profile), for every figure. */
  protected get numbers(): NumberStyle {
    return numberStyle(this.language, this.hass?.locale);
  }

  /** A whole number in the user's number format. */
  protected num(value: number): string {
    return formatNumber(value, this.numbers);
  }

  /** Whether the user's clock has 12 hours (profile). */
  protected get hour12(): boolean {
    return hour12Of(this.language, this.hass?.locale);
  }

  protected fields(): Record<string, unknown> {
    return questionFields(this.question);
  }

  /**
   * Which question the view asks now. Each answer checks it is still the
   * one asked: after a quick change of period, an answer on its way to the
   * earlier question is dropped, never shown under the new one's name.
   */
  protected asked = 0;

  /** Whether answers to question `asked` are still wanted. */
  protected wanted(asked: number): boolean {
    return asked === this.asked;
  }

  /** Ask what the view shows: at first, and whenever the question or address changes. */
  protected abstract load(): void;

  /** Ask again, dropping what is on its way. */
  protected reload(): void {
    this.asked += 1;
    this._error = undefined;
    this._message = undefined;
    this.stopSubscriptions();
    this.load();
  }

  protected willUpdate(_changed: PropertyValues): void {
    if (!this.hass) {
      return;
    }
    const key = JSON.stringify([this.params, this.question]);
    if (key !== this._loaded) {
      this._loaded = key;
      this.reload();
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSubscriptions();
    this._loaded = "";
  }

  /** End the view's subscriptions (new plays, artwork); a view with more ends them here too. */
  protected stopSubscriptions(): void {
    this._unsubscribeArtwork?.then((stop) => stop()).catch(() => undefined);
    this._unsubscribeArtwork = undefined;
    window.clearTimeout(this._artworkTimer);
    this._artworkTimer = undefined;
  }

  /** Ask again once artwork Encore looked up for this page was kept (a few at a time). */
  protected followArtwork(again: () => void): void {
    this._unsubscribeArtwork = this.hass.connection.subscribeMessage<Record<string, never>>(
      () => {
        if (this._artworkTimer === undefined) {
          this._artworkTimer = window.setTimeout(() => {
            this._artworkTimer = undefined;
            again();
          }, ARTWORK_SETTLE_MS);
        }
      },
      { type: "encore/subscribe_artwork" },
    );
    // Artwork is a nicety: a server without the command still shows the page.
    this._unsubscribeArtwork.catch(() => undefined);
  }

  /** Tell the panel whose history an answer is (it names the accounts "Me" shows). */
  protected answered(answer: Answer): void {
    this.dispatchEvent(new CustomEvent<Answer>(ANSWERED, { detail: answer, bubbles: true, composed: true }));
  }

  protected fail(error: unknown, asked = this.asked): void {
    // Said in the user's language, as Home Assistant's frontend says its own errors.
    errorMessage(this.hass, error).then((message) => {
      if (this.wanted(asked)) {
        this._error = this.t("error.generic", { message });
      }
    });
  }

  /** The view's error and message, above what it shows. */
  protected status(): TemplateResult {
    return html`${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
    ${this._message ? html`<p role="status">${this._message}</p>` : nothing}`;
  }

  /** A figure with its label; "…" until it arrived. */
  protected tile(id: string, label: string, value: string | undefined): TemplateResult {
    return html`<div class="card tile" data-tile=${id}>
      <div class="value">${value ?? "…"}</div>
      <div class="label">${label}</div>
    </div>`;
  }

  static styles = [
    shared,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 16px;
      }
      .two {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
        gap: 16px;
      }
      progress {
        width: 100%;
      }
      form.row {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: flex-end;
      }
    `,
  ];
}
