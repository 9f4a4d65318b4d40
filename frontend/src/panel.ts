// The "Listening" page in Home Assistant's sidebar: a header with the tabs,
// the pickers of the period and whose history, and the tab shown, each an
// element of its own (views/*.ts: overview, item, timeline, import, data;
// recap.ts). Every figure comes from Encore's websocket commands, which
// answer what the actions answer.
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { ask, historyAccounts, type Answer, type HomeAssistant, type Info } from "./api";
import { errorMessage } from "./errors";
import { CONTENTS, PERIODS, type ContentName, type PeriodName, type Question } from "./format";
import { parseRoute, questionParams, routeHash, routeQuestion } from "./route";
import { language, languageReady, loadLanguage, localize } from "./i18n";
import "./recap";
import { dateFieldStyles } from "./date-field";
import { shared } from "./styles";
import { ANSWERED } from "./view";
import "./views/data";
import "./views/import";
import "./views/item";
import "./views/overview";
import "./views/timeline";

const PAGES = ["overview", "timeline", "recap", "import", "data"] as const;
const ADMIN_PAGES = new Set(["import", "data"]);
/** The tabs that ask about the chosen period, and show the pickers. */
const ASKING = new Set(["overview", "item", "timeline"]);

export class EncorePanel extends LitElement {
  static properties = {
    hass: { attribute: false },
    narrow: { type: Boolean },
    _info: { state: true },
    _route: { state: true },
    _question: { state: true },
    _error: { state: true },
    _whose: { state: true },
  };

  hass!: HomeAssistant;
  narrow = false;
  private _info?: Info;
  private _route = parseRoute(window.location.hash);
  private _question: Question = { period: "this_month", whose: "me" };
  /** Why Encore's `info` could not be asked. */
  private _error?: string;
  /** Whose history the latest answer is, when the backend said so (`said`). */
  private _whose?: Answer;
  private _loaded = "";

  // Back and Forward (and a typed address) restore the question the URL
  // says, not only its page: the page shows the period its URL names.
  private readonly _onHash = () => {
    this._route = parseRoute(window.location.hash);
    this._question = routeQuestion(this._route.params, this._question);
  };

  // Home Assistant turns link clicks into history.pushState, which fires no
  // hashchange: the page follows its own links itself.
  private readonly _onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    const anchor = event.composedPath().find((target) => target instanceof HTMLAnchorElement) as
      | HTMLAnchorElement
      | undefined;
    const href = anchor?.getAttribute("href");
    if (!href?.startsWith("#")) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    history.pushState(null, "", href);
    this._route = parseRoute(href);
    window.scrollTo(0, 0);
  };

  // Each view says whose history its answer is; the notice above names it.
  private readonly _onAnswered = (event: Event) => {
    this._whose = (event as CustomEvent<Answer>).detail;
  };

  private get _lang(): string {
    return language(this.hass?.locale?.language ?? this.hass?.language);
  }

  private _t(key: string, placeholders?: Record<string, string | number>): string {
    return localize(this._lang, key, placeholders);
  }

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("hashchange", this._onHash);
    window.addEventListener("popstate", this._onHash);
    this.addEventListener("click", this._onClick);
    this.addEventListener(ANSWERED, this._onAnswered);
    this._question = routeQuestion(this._route.params, this._question);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("hashchange", this._onHash);
    window.removeEventListener("popstate", this._onHash);
    this.removeEventListener("click", this._onClick);
    this.removeEventListener(ANSWERED, this._onAnswered);
    this._loaded = "";
  }

  protected willUpdate(changed: PropertyValues): void {
    if (!this.hass) {
      return;
    }
    if (!this._info && changed.has("hass")) {
      ask<Info>(this.hass, "info")
        .then((info) => {
          this._info = info;
        })
        .catch((error) =>
          errorMessage(this.hass, error).then((message) => {
            this._error = this._t("error.generic", { message });
          }),
        );
    }
    const key = JSON.stringify([this._route, this._question]);
    if (key !== this._loaded) {
      this._loaded = key;
      this._whose = undefined;
    }
  }

  /**
   * What keeps a custom period from being asked: no range picked yet (a
   * hint, not an error) or a range that ends before it starts.
   */
  private _rangeProblem(): { notice?: string; error?: string } | undefined {
    const { period, start, end } = this._question;
    if (period !== "custom") {
      return undefined;
    }
    if (!start || !end) {
      return { notice: this._t("period.pick_range") };
    }
    return end < start ? { error: this._t("period.reversed") } : undefined;
  }

  /** Whether a playlist can be made of the recap of `whose`: an account this user may change. */
  private _recapWritable(whose: string): boolean {
    const accounts = this._info?.accounts ?? [];
    if (whose === "me") {
      return accounts.some((account) => account.mine && account.writable);
    }
    return accounts.some((account) => account.config_entry_id === whose && account.writable);
  }

  protected render(): TemplateResult {
    if (!languageReady(this._lang)) {
      // The user's language loads first (a chunk of its own): no English flash.
      loadLanguage(this._lang).then(() => this.requestUpdate());
      return html``;
    }
    const admin = this._info?.is_admin ?? this.hass?.user?.is_admin ?? false;
    const page = this._route.page;
    const allowed = !ADMIN_PAGES.has(page) || admin;
    const asking = ASKING.has(page);
    // Nothing is asked while a custom period lacks its range or runs
    // backwards: the page says what to pick, Home Assistant's log stays clean.
    const problem = asking ? this._rangeProblem() : undefined;
    const notice = problem?.notice;
    const error = this._error ?? problem?.error;
    return html`
      <header>
        <div class="toolbar">
          ${this.narrow ? html`<ha-menu-button .hass=${this.hass} .narrow=${this.narrow}></ha-menu-button>` : nothing}
          <h1>${this._t("title")}</h1>
        </div>
        <nav class="tabs" aria-label=${this._t("title")}>
          ${PAGES.filter((name) => admin || !ADMIN_PAGES.has(name)).map(
            (name) => html`<a
              href=${routeHash(name, this._routeParams())}
              aria-current=${page === name || (page === "item" && name === "overview") ? "page" : "false"}
              >${this._t(`nav.${name}`)}</a
            >`,
          )}
        </nav>
      </header>
      <main>
        ${asking ? this._pickers() : nothing} ${asking ? this._whoseNotice() : nothing}
        ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
        ${notice ? html`<p class="notice muted" role="status">${notice}</p>` : nothing}
        ${!allowed
          ? html`<p class="admin-only">${this._t(page === "data" ? "data.admin_only" : "import.admin_only")}</p>`
          : problem
            ? nothing
            : this._view(page)}
      </main>
    `;
  }

  /** The element of the tab shown. */
  private _view(page: string): TemplateResult {
    const params = this._route.params;
    const question = this._question;
    switch (page) {
      case "item":
        return html`<encore-item .hass=${this.hass} .question=${question} .params=${params}></encore-item>`;
      case "timeline":
        return html`<encore-timeline .hass=${this.hass} .question=${question} .params=${params}></encore-timeline>`;
      case "import":
        return html`<encore-import .hass=${this.hass} .info=${this._info}></encore-import>`;
      case "data":
        return html`<encore-data .hass=${this.hass} .info=${this._info}></encore-data>`;
      case "recap":
        return html`<encore-recap
          .hass=${this.hass}
          .writable=${this._recapWritable(params.whose ?? question.whose)}
          .whose=${params.whose ?? question.whose}
          .period=${/^\d{4}(-\d{2})?$/.test(params.period ?? "") ? params.period : ""}
        ></encore-recap>`;
      default:
        return html`<encore-overview .hass=${this.hass} .question=${question} .params=${params}></encore-overview>`;
    }
  }

  private _routeParams(): Record<string, string | undefined> {
    return questionParams(this._question);
  }

  private _setQuestion(question: Question): void {
    this._question = question;
    const hash = routeHash(this._route.page, { ...this._route.params, ...this._routeParams() });
    history.replaceState(null, "", hash);
    this._route = parseRoute(hash);
  }

  private _pickers(): TemplateResult {
    const question = this._question;
    return html`<div class="pickers">
      <label
        >${this._t("period.label")}
        <select
          id="period"
          @change=${(event: Event) =>
            this._setQuestion({ ...question, period: (event.target as HTMLSelectElement).value as PeriodName })}
        >
          ${PERIODS.map(
            (name) => html`<option value=${name} .selected=${question.period === name}>${this._t(`period.${name}`)}</option>`,
          )}
        </select>
      </label>
      ${this._route.page === "item"
        ? nothing
        : html`<label
            >${this._t("content.label")}
            <select
              id="content"
              @change=${(event: Event) =>
                this._setQuestion({ ...question, content: (event.target as HTMLSelectElement).value as ContentName })}
            >
              ${CONTENTS.map(
                (name) =>
                  html`<option value=${name} .selected=${(question.content ?? "everything") === name}>${this._t(`content.${name}`)}</option>`,
              )}
            </select>
          </label>`}
      ${question.period === "custom"
        ? html`<label
              >${this._t("period.from")}
              <encore-date-field
                .hass=${this.hass}
                .value=${question.start ?? ""}
                @day-changed=${(event: CustomEvent<string>) => this._setQuestion({ ...question, start: event.detail })}
              ></encore-date-field
            ></label>
            <label
              >${this._t("period.to")}
              <encore-date-field
                .hass=${this.hass}
                .value=${question.end ?? ""}
                @day-changed=${(event: CustomEvent<string>) => this._setQuestion({ ...question, end: event.detail })}
              ></encore-date-field
            ></label>`
        : nothing}
      <label
        >${this._t("whose.label")}
        <select
          id="whose"
          @change=${(event: Event) =>
            this._setQuestion({ ...question, whose: (event.target as HTMLSelectElement).value })}
        >
          <option value="me" .selected=${question.whose === "me"}>${this._t("whose.me")}</option>
          ${historyAccounts(this._info?.accounts ?? [], question.whose).map(
            (account) => html`<option value=${account.config_entry_id} .selected=${question.whose === account.config_entry_id}>
              ${account.persons.length
                ? this._t("whose.account_of", { title: account.title, persons: account.persons.join(", ") })
                : this._t("whose.account", { title: account.title })}
            </option>`,
          )}
          <option value="everyone" .selected=${question.whose === "everyone"}>${this._t("whose.everyone")}</option>
        </select>
      </label>
    </div>`;
  }

  /**
   * Whose history "Me" shows, when it is not simply the user's own account:
   * the backend says so with each answer (`said`: no account linked to the
   * user, or several), and the page names the accounts in the user's words.
   */
  private _whoseNotice(): TemplateResult | typeof nothing {
    const answer = this._whose;
    if (this._question.whose !== "me" || !answer?.said) {
      return nothing;
    }
    const accounts = answer.accounts.join(", ");
    const linked = (this._info?.accounts ?? []).some((account) => account.mine);
    return html`<p class="whose-notice notice" role="note">
      ${this._t(linked ? "whose.shown" : "whose.none_linked", { accounts })}
    </p>`;
  }

  static styles = [
    shared,
    dateFieldStyles,
    css`
      :host {
        display: block;
        background: var(--primary-background-color);
        min-height: 100vh;
      }
      header {
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        padding: 0 16px;
      }
      .toolbar {
        display: flex;
        align-items: center;
        height: 56px;
        gap: 8px;
      }
      h1 {
        font-size: 1.25rem;
        font-weight: 400;
        margin: 0;
      }
      /* Every tab in sight: on a phone they wrap to a second row rather
         than scroll out of view (issue 43.17). */
      nav {
        display: flex;
        flex-wrap: wrap;
        column-gap: 4px;
      }
      nav a {
        color: inherit;
        padding: 10px 10px;
        border-bottom: 2px solid transparent;
        white-space: nowrap;
      }
      nav a[aria-current="page"] {
        border-bottom-color: currentColor;
        font-weight: 500;
      }
      main {
        padding: 16px;
        display: flex;
        flex-direction: column;
        gap: 16px;
        max-width: 1400px;
        margin: 0 auto;
      }
      .pickers {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: flex-end;
      }
    `,
  ];
}

if (!customElements.get("encore-panel")) {
  customElements.define("encore-panel", EncorePanel);
}
