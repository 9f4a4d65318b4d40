// The "Listening" page in Home Assistant's sidebar: overview, item pages,
// timeline, import and (for admins) data. Every figure comes from Encore's
// websocket commands, which answer what the actions answer.
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import {
  ask,
  errorMessage,
  errorText,
  isScrobbleImport,
  type Answer,
  type DaysAnswer,
  type HistoryAnswer,
  type HomeAssistant,
  type ImportEvent,
  type Info,
  type ItemAnswer,
  type PlayRow,
  type Attributed,
  type StatsAnswer,
  type SyncStatus,
  type TopAnswer,
  type TopEntry,
} from "./api";
import { ARTWORK_SETTLE_MS, artwork, usableImage } from "./artwork";
import { hourBars, timeBars } from "./bars";
import { coverageLine, heatmapGrid } from "./charts";
import "./echart";
import {
  CONTENTS,
  PERIODS,
  TOP_KINDS_OF,
  countText,
  dateText,
  dateTimeText,
  dayText,
  deviceName,
  fillDays,
  periodDays,
  formatDuration,
  formatPercent,
  groupDays,
  formatNumber,
  groupingFor,
  hour12Of,
  includesToday,
  longestGaps,
  parseRoute,
  questionFields,
  routeHash,
  routeQuestion,
  sourceName,
  numberStyle,
  userTimeZone,
  type ContentName,
  type NumberStyle,
  type PeriodName,
  type Question,
  type TopKindName,
} from "./format";
import { language, localize } from "./i18n";
import "./recap";
import { shared } from "./styles";

const PAGE_SIZE = 50;
const PAGES = ["overview", "timeline", "recap", "import", "data"] as const;
const ADMIN_PAGES = new Set(["import", "data"]);
/** The gaps the import page names; the rest wait behind "Every gap". */
const GAPS_SHOWN = 3;

/** A delete the page has counted and shows before it runs. */
interface PurgePlan {
  fields: Record<string, unknown>;
  count: number;
  /** The day plays must have ended before ("" for everything). */
  before: string;
  /** The account's title; undefined for every account. */
  whose?: string;
}

interface Overview {
  stats?: StatsAnswer;
  days?: DaysAnswer;
  top: Partial<Record<TopKindName, TopAnswer>>;
}

export class EncorePanel extends LitElement {
  static properties = {
    hass: { attribute: false },
    narrow: { type: Boolean },
    _info: { state: true },
    _route: { state: true },
    _question: { state: true },
    _overview: { state: true },
    _item: { state: true },
    _timeline: { state: true },
    _timelineDone: { state: true },
    _sync: { state: true },
    _import: { state: true },
    _message: { state: true },
    _notice: { state: true },
    _error: { state: true },
    _purgeMode: { state: true },
    _purgePlan: { state: true },
    _whose: { state: true },
  };

  hass!: HomeAssistant;
  narrow = false;
  private _info?: Info;
  private _route = parseRoute(window.location.hash);
  private _question: Question = { period: "this_month", whose: "me" };
  private _overview: Overview = { top: {} };
  private _item?: ItemAnswer;
  private _timeline: PlayRow[] = [];
  private _timelineDone = false;
  private _sync?: SyncStatus;
  private _import?: ImportEvent | { status: "uploading"; file: string };
  private _message?: string;
  /** A hint that is no error (a custom range still to pick). */
  private _notice?: string;
  private _error?: string;
  // Deleting: "before" a date (the default) or "everything", its own choice;
  // nothing is deleted before the plan (what, whose, how many) was shown.
  private _purgeMode: "before" | "everything" = "before";
  private _purgePlan?: PurgePlan;
  /** Whose history the latest answer is, when the backend said so (`said`). */
  private _whose?: Answer;
  private _unsubscribe?: Promise<() => Promise<void>>;
  private _unsubscribeImports?: Promise<() => Promise<void>>;
  private _unsubscribeArtwork?: Promise<() => Promise<void>>;
  private _artworkTimer?: number;
  private _observer?: IntersectionObserver;
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

  private get _lang(): string {
    return language(this.hass?.locale?.language ?? this.hass?.language);
  }

  private _t(key: string, placeholders?: Record<string, string | number>): string {
    return localize(this._lang, key, placeholders);
  }

  /**
   * The zone times are written in: Home Assistant's, or the browser's when
   * the user's profile says "local" (as Home Assistant's own pages). The
   * history's days and hours (the heatmap, the bars) are Home Assistant's.
   */
  private get _zone(): string | undefined {
    return userTimeZone(this.hass?.locale, this.hass?.config?.time_zone || undefined);
  }

  /** Home Assistant's time zone: the history's days (the bars, the heatmap) are its. */
  private get _serverZone(): string | undefined {
    return this.hass?.config?.time_zone || undefined;
  }

  /** The user's number format (profile), for every figure. */
  private get _numbers(): NumberStyle {
    return numberStyle(this._lang, this.hass?.locale);
  }

  /** A whole number in the user's number format. */
  private _num(value: number): string {
    return formatNumber(value, this._numbers);
  }

  /** Whether the user's clock has 12 hours (profile). */
  private get _hour12(): boolean {
    return hour12Of(this._lang, this.hass?.locale);
  }

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("hashchange", this._onHash);
    window.addEventListener("popstate", this._onHash);
    this.addEventListener("click", this._onClick);
    this._question = routeQuestion(this._route.params, this._question);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("hashchange", this._onHash);
    window.removeEventListener("popstate", this._onHash);
    this.removeEventListener("click", this._onClick);
    this._stopSubscriptions();
    this._observer?.disconnect();
    this._loaded = "";
  }

  private _stopSubscriptions(): void {
    for (const pending of [this._unsubscribe, this._unsubscribeImports, this._unsubscribeArtwork]) {
      pending?.then((stop) => stop()).catch(() => undefined);
    }
    this._unsubscribe = undefined;
    this._unsubscribeImports = undefined;
    this._unsubscribeArtwork = undefined;
    window.clearTimeout(this._artworkTimer);
    this._artworkTimer = undefined;
  }

  /** Ask again once artwork Encore looked up for this page was kept (a few at a time). */
  private _followArtwork(again: () => void): void {
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

  protected willUpdate(changed: PropertyValues): void {
    if (!this.hass) {
      return;
    }
    if (!this._info && changed.has("hass")) {
      ask<Info>(this.hass, "info")
        .then((info) => {
          this._info = info;
        })
        .catch((error) => this._fail(error));
    }
    const key = JSON.stringify([this._route, this._question]);
    if (key !== this._loaded) {
      this._loaded = key;
      this._load();
    }
  }

  private _fields(): Record<string, unknown> {
    return questionFields(this._question);
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

  /**
   * Which question the page asks now. Each answer checks it is still the
   * one asked: after a quick change of period, an answer on its way to the
   * earlier question is dropped, never shown under the new one's name.
   */
  private _asked = 0;

  /** Whether answers to question `asked` are still wanted. */
  private _wanted(asked: number): boolean {
    return asked === this._asked;
  }

  private _load(): void {
    this._asked += 1;
    this._whose = undefined;
    this._error = undefined;
    this._message = undefined;
    this._notice = undefined;
    this._stopSubscriptions();
    const page = this._route.page;
    const problem = ["overview", "item", "timeline"].includes(page) ? this._rangeProblem() : undefined;
    if (problem) {
      // Nothing is asked: the page says what to pick, Home Assistant's log stays clean.
      this._notice = problem.notice;
      this._error = problem.error;
      this._overview = { top: {} };
      this._item = undefined;
      this._timeline = [];
      this._timelineDone = true;
      return;
    }
    if (page === "overview") {
      this._loadOverview();
      this._followArtwork(() => this._askTops(this._fields()));
    } else if (page === "item") {
      this._loadItem();
      this._followArtwork(() => this._loadItem(false));
    } else if (page === "timeline") {
      // A new list: answers still on their way belong to the old one.
      this._timelineGeneration += 1;
      this._timelineLoading = false;
      this._timeline = [];
      this._timelineDone = false;
      this._loadTimeline();
    } else if (page === "import") {
      this._loadSync();
      this._unsubscribeImports = this.hass.connection.subscribeMessage<ImportEvent>(
        (event) => this._onImport(event),
        { type: "encore/subscribe_imports" },
      );
      this._unsubscribeImports.catch(() => undefined);
    }
  }

  private _fail(error: unknown, asked = this._asked): void {
    // Said in the user's language, as Home Assistant's frontend says its own errors.
    errorMessage(this.hass, error).then((message) => {
      if (this._wanted(asked)) {
        this._error = this._t("error.generic", { message });
      }
    });
  }

  private _loadOverview(): void {
    const fields = this._fields();
    const asked = this._asked;
    this._overview = { top: {} };
    const others = () => {
      ask<DaysAnswer>(this.hass, "minutes_by_day", fields)
        .then((days) => {
          if (this._wanted(asked)) {
            this._overview = { ...this._overview, days };
          }
        })
        .catch((error) => this._fail(error, asked));
      this._askTops(fields);
    };
    let first = true;
    // The stats arrive now and again whenever plays are recorded; the rest
    // of the page follows each push.
    this._unsubscribe = this.hass.connection.subscribeMessage<StatsAnswer>(
      (stats) => {
        if (!this._wanted(asked)) {
          return; // a push of the earlier question's, before its unsubscription
        }
        this._overview = { ...this._overview, stats };
        this._whose = stats;
        if (!first) {
          others();
        }
        first = false;
      },
      { type: "encore/subscribe_stats", ...fields },
    );
    this._unsubscribe.catch((error) => this._fail(error, asked));
    others();
  }

  /** The rankings the chosen content has (a podcast has no album). */
  private get _topKinds(): readonly TopKindName[] {
    return TOP_KINDS_OF[this._question.content ?? "everything"];
  }

  private _askTops(fields: Record<string, unknown>): void {
    // A ranking's kind says its content: top_items takes no content field.
    const { content: _content, ...rankingFields } = fields;
    const asked = this._asked;
    for (const kind of this._topKinds) {
      ask<TopAnswer>(this.hass, "top_items", { ...rankingFields, kind, limit: 10 })
        .then((answer) => {
          if (this._wanted(asked)) {
            this._overview = { ...this._overview, top: { ...this._overview.top, [kind]: answer } };
          }
        })
        .catch((error) => this._fail(error, asked));
    }
  }

  private _itemFields(): Record<string, unknown> {
    const { kind, name } = this._route.params;
    // An item is of one content already: a show's page counts its episodes
    // whichever content the overview was showing.
    const { content: _content, ...fields } = this._fields();
    return { ...fields, [kind === "track" ? "track" : "artist"]: name };
  }

  private _loadItem(blank = true): void {
    if (blank) {
      this._item = undefined;
    }
    const asked = this._asked;
    ask<ItemAnswer>(this.hass, "item", this._itemFields())
      .then((item) => {
        if (this._wanted(asked)) {
          this._item = item;
          this._whose = item;
        }
      })
      .catch((error) => this._fail(error, asked));
  }

  /**
   * The next page of the timeline. One page at a time: the "more" sentinel
   * can come into view while the first page is still on its way, and two
   * requests for the same page would list every play twice.
   */
  private _loadTimeline(): void {
    if (this._timelineLoading || this._timelineDone) {
      return;
    }
    this._timelineLoading = true;
    const generation = this._timelineGeneration;
    const asked = this._asked;
    const fields = this._fields();
    const oldest = this._timeline[this._timeline.length - 1];
    let page = fields;
    if (oldest) {
      // The next page: the same period, up to the oldest play shown.
      page = { ...fields, period: "custom", end: oldest.ended_at };
      const answerStart = this._periodStart;
      page.start = answerStart ?? "1970-01-02T00:00:00+00:00";
    }
    ask<HistoryAnswer>(this.hass, "play_history", { ...page, limit: PAGE_SIZE })
      .then((answer) => {
        if (generation !== this._timelineGeneration) {
          return;
        }
        if (!oldest) {
          this._periodStart = answer.period.start;
          this._whose = answer;
        }
        this._timeline = [...this._timeline, ...answer.plays];
        this._timelineDone = answer.plays.length < PAGE_SIZE;
      })
      .catch((error) => this._fail(error, asked))
      .finally(() => {
        if (generation === this._timelineGeneration) {
          this._timelineLoading = false;
        }
      });
  }

  private _timelineGeneration = 0;
  private _timelineLoading = false;

  private _periodStart: string | null = null;

  private _loadSync(): void {
    ask<SyncStatus>(this.hass, "sync_status")
      .then((sync) => {
        this._sync = sync;
      })
      .catch((error) => this._fail(error));
  }

  private _onImport(event: ImportEvent): void {
    this._import = event;
    if (event.status !== "running") {
      this._loadSync();
      this._translateImport(event);
    }
  }

  /** The texts of an ended import's errors, in the user's language (Home Assistant's are the server's). */
  private async _translateImport(event: ImportEvent): Promise<void> {
    const error = event.translation_key ? await errorMessage(this.hass, event) : event.error;
    const failed = await Promise.all(
      (event.failed_files ?? []).map(async (file) => ({
        ...file,
        error: file.translation_key ? await errorMessage(this.hass, file) : file.error,
      })),
    );
    if (this._import === event) {
      this._import = { ...event, error, failed_files: failed };
    }
  }

  protected updated(): void {
    const sentinel = this.renderRoot.querySelector("#more");
    this._observer?.disconnect();
    if (sentinel && !this._timelineDone && "IntersectionObserver" in window) {
      this._observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this._observer?.disconnect();
          this._loadTimeline();
        }
      });
      this._observer.observe(sentinel);
    }
  }

  // -- rendering --------------------------------------------------------

  /** Whether a playlist can be made of the recap of `whose`: an account this user may change. */
  private _recapWritable(whose: string): boolean {
    const accounts = this._info?.accounts ?? [];
    if (whose === "me") {
      return accounts.some((account) => account.mine && account.writable);
    }
    return accounts.some((account) => account.config_entry_id === whose && account.writable);
  }

  protected render(): TemplateResult {
    const admin = this._info?.is_admin ?? this.hass?.user?.is_admin ?? false;
    const page = this._route.page;
    const allowed = !ADMIN_PAGES.has(page) || admin;
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
        ${page === "overview" || page === "item" || page === "timeline" ? this._pickers() : nothing}
        ${page === "overview" || page === "item" || page === "timeline" ? this._whoseNotice() : nothing}
        ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
        ${this._message ? html`<p role="status">${this._message}</p>` : nothing}
        ${this._notice ? html`<p class="notice muted" role="status">${this._notice}</p>` : nothing}
        ${!allowed
          ? html`<p class="admin-only">${this._t(page === "data" ? "data.admin_only" : "import.admin_only")}</p>`
          : this._notice
            ? nothing
            : page === "item"
            ? this._itemPage()
            : page === "timeline"
              ? this._timelinePage()
              : page === "import"
                ? this._importPage()
                : page === "data"
                  ? this._dataPage()
                  : page === "recap"
                    ? html`<encore-recap
                        .hass=${this.hass}
                        .writable=${this._recapWritable(this._route.params.whose ?? this._question.whose)}
                        .whose=${this._route.params.whose ?? this._question.whose}
                        .period=${/^\d{4}(-\d{2})?$/.test(this._route.params.period ?? "") ? this._route.params.period : ""}
                      ></encore-recap>`
                    : this._overviewPage()}
      </main>
    `;
  }

  private _routeParams(): Record<string, string | undefined> {
    const { period, whose, start, end, content } = this._question;
    return {
      period,
      whose: whose === "me" ? undefined : whose,
      start,
      end,
      content: content === "everything" ? undefined : content,
    };
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
              <input
                type="date"
                .value=${question.start ?? ""}
                @change=${(event: Event) =>
                  this._setQuestion({ ...question, start: (event.target as HTMLInputElement).value })}
            /></label>
            <label
              >${this._t("period.to")}
              <input
                type="date"
                .value=${question.end ?? ""}
                @change=${(event: Event) =>
                  this._setQuestion({ ...question, end: (event.target as HTMLInputElement).value })}
            /></label>`
        : nothing}
      <label
        >${this._t("whose.label")}
        <select
          id="whose"
          @change=${(event: Event) =>
            this._setQuestion({ ...question, whose: (event.target as HTMLSelectElement).value })}
        >
          <option value="me" .selected=${question.whose === "me"}>${this._t("whose.me")}</option>
          ${(this._info?.accounts ?? [])
            // An account without a single play has nothing to show.
            .filter((account) => account.has_plays !== false || question.whose === account.config_entry_id)
            .map(
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

  private _tile(id: string, label: string, value: string | undefined): TemplateResult {
    return html`<div class="card tile" data-tile=${id}>
      <div class="value">${value ?? "…"}</div>
      <div class="label">${label}</div>
    </div>`;
  }

  private _overviewPage(): TemplateResult {
    const { stats, days, top } = this._overview;
    const totals = stats?.totals;
    const plays = totals?.plays ?? 0;
    // Each answer arrives apart and renders the page again: the charts and
    // lists whose figures did not change are kept as they are (a chart of
    // ten years of days costs milliseconds to draw, six times over).
    const lang = this._lang;
    return html`
      <section class="tiles" aria-label=${this._t("nav.overview")}>
        ${this._tile("plays", this._t("tile.plays"), totals && this._num(totals.plays))}
        ${this._tile("time", this._t("tile.time"), totals ? formatDuration(totals.ms_played / 60_000, this._numbers) : undefined)}
        ${this._tile("artists", this._t("tile.artists"), totals && countText(totals.artists, this._numbers))}
        ${this._tile("tracks", this._t("tile.tracks"), totals && countText(totals.tracks, this._numbers))}
        ${this._tile("new_artists", this._t("tile.new_artists"), stats && countText(stats.taste.new_artists_count, this._numbers))}
        ${!stats || includesToday(stats.period)
          ? // The current streak is today's: under a period that ended before, it is not shown.
            this._tile(
              "streak",
              this._t("tile.streak"),
              stats ? this._t("tile.streak_days", { days: stats.taste.streaks.current_days }) : undefined,
            )
          : nothing}
        ${this._tile("skip_rate", this._t("tile.skip_rate"), stats ? formatPercent(stats.skip_rate) : undefined)}
      </section>
      <section class="two">
        ${guard([days, lang], () => this._daysCard(days))}
        <div class="card">
          <h2>${this._t("chart.heatmap")}</h2>
          ${guard([stats?.heatmap, lang], () => (stats ? heatmapGrid(stats.heatmap, lang) : nothing))}
        </div>
      </section>
      <section class="tops">
        ${this._topKinds.map((kind) =>
          guard([top[kind], plays, lang, this._loaded], () => this._topList(kind, top[kind], plays)),
        )}
      </section>
    `;
  }

  private _daysCard(days: DaysAnswer | undefined): TemplateResult {
    const { from, to } = periodDays(days?.period, this._serverZone);
    const filled = fillDays(days?.days ?? [], from, to);
    const grouping = groupingFor(filled);
    const bars = groupDays(filled, grouping);
    return html`<div class="card" data-chart="days">
      <h2>${this._t("chart.time_per", { grouping: this._t(`chart.${grouping}`) })}</h2>
      ${days && bars.length === 0 ? html`<p class="muted">${this._t("chart.no_data")}</p>` : nothing}
      ${bars.length ? html`<encore-bars .bars=${timeBars(bars, grouping, this._lang)}></encore-bars>` : nothing}
    </div>`;
  }

  private _topList(kind: string, answer: TopAnswer | undefined, plays: number): TemplateResult {
    return html`<div class="card" data-top=${kind}>
      <h2>${this._t(`top.${kind}`)}</h2>
      ${answer && answer.items.length === 0 ? html`<p class="muted">${this._t("chart.no_data")}</p>` : nothing}
      <ol class="top with-art">
        ${(answer?.items ?? []).map((entry) => this._topEntry(kind, entry, plays))}
      </ol>
    </div>`;
  }

  private _topEntry(kind: string, entry: TopEntry, plays: number): TemplateResult {
    const share = plays ? entry.plays / plays : 0;
    const link = (target: Record<string, string | undefined>, text: string) =>
      html`<a href=${routeHash("item", { ...target, ...this._routeParams() })}>${text}</a>`;
    // Albums have no page of their own: the album is named, its artist links
    // to the artist's page (an album's name never leads to another page).
    const name =
      kind === "album"
        ? html`<span class="album">${entry.name}</span>`
        : link({ kind, name: entry.name, uri: entry.uri ?? undefined }, entry.name);
    const by =
      entry.artist && kind !== "artist"
        ? html` <span class="by">${kind === "album" ? link({ kind: "artist", name: entry.artist }, entry.artist) : entry.artist}</span>`
        : nothing;
    return html`<li>
      <span class="rank">${entry.rank}</span>
      ${artwork(entry.image, kind)}
      <span class="name"
        >${name}${by}
        <div class="share-track"><div class="share" style="width: ${Math.max(1, Math.round(share * 100))}%"></div></div
      ></span>
      <span class="figures"
        >${this._t("top.plays", { plays: entry.plays })}<br />${formatDuration(entry.minutes, this._numbers)}
        · ${formatPercent(share)}</span
      >
    </li>`;
  }

  private _itemPage(): TemplateResult {
    const item = this._item;
    const { name, uri } = this._route.params;
    if (!item) {
      return html`<p class="muted">…</p>`;
    }
    if (!item.match) {
      return html`<p>${this._t("item.no_match", { name: name ?? "" })}</p>`;
    }
    // Every play of the period, as the tiles count them (the list below is
    // only the latest): the backend breaks them down in Home Assistant's
    // time zone, as the heatmap's days and hours.
    const unknown = this._t("item.unknown_device");
    const devices = new Map<string, number>();
    for (const [device, count] of item.devices ?? []) {
      const name = deviceName(device) ?? unknown;
      devices.set(name, (devices.get(name) ?? 0) + count);
    }
    const tracks = new Map<string, number>(item.tracks ?? []);
    const hours = item.hours ?? Array<number>(24).fill(0);
    // A track's page lists no tracks (it would list itself); a podcast's are episodes.
    const kind = item.match.kind;
    const tracksTitle = kind === "show" || kind === "episode" ? this._t("item.episodes") : this._t("top.track");
    const { from, to } = periodDays(item.period, this._serverZone);
    const days = fillDays(item.days ?? [], from, to);
    const players = Object.values(this.hass.states).filter((state) => state.entity_id.startsWith("media_player."));
    const playUri = uri ?? item.plays.find((play) => play.uri)?.uri ?? undefined;
    const ranked = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
    return html`
      <p><a href=${routeHash("overview", this._routeParams())}>← ${this._t("item.back")}</a></p>
      <div class="item-head">
        ${usableImage(item.image) ? artwork(item.image, item.match.kind, 96) : nothing}
        <h2 class="item-title">${item.match.name}${item.match.artist ? html` <span class="muted">${item.match.artist}</span>` : nothing}</h2>
      </div>
      <section class="tiles">
        ${this._tile("item_plays", this._t("item.plays"), this._num(item.count))}
        ${this._tile("item_time", this._t("item.time"), formatDuration(item.minutes, this._numbers))}
        ${this._tile("first", this._t("item.first"), item.first ? dateText(item.first.ended_at, this._lang, this._zone) : "–")}
        ${this._tile("last", this._t("item.last"), item.last ? dateText(item.last.ended_at, this._lang, this._zone) : "–")}
      </section>
      ${playUri && players.length
        ? html`<form class="card play" @submit=${(event: Event) => this._play(event, playUri)}>
            <label
              >${this._t("item.play_on")}
              <select name="player">
                ${players.map(
                  (player) =>
                    html`<option value=${player.entity_id}>${String(player.attributes.friendly_name ?? player.entity_id)}</option>`,
                )}
              </select></label
            >
            <button class="action" type="submit">${this._t("item.play")}</button>
          </form>`
        : nothing}
      <section class="two">
        <div class="card" data-chart="item-days">
          <h2>${this._t("chart.time_per", { grouping: this._t("chart.day") })}</h2>
          ${days.length
            ? html`<encore-bars .bars=${timeBars(groupDays(days, "day"), "day", this._lang)}></encore-bars>`
            : nothing}
        </div>
        <div class="card" data-chart="hours">
          <h2>${this._t("item.hours")}</h2>
          <encore-bars .bars=${hourBars(hours, this._lang)}></encore-bars>
        </div>
        ${kind === "track"
          ? nothing
          : html`<div class="card" data-list="tracks">
              <h2>${tracksTitle}</h2>
              <ol class="top">
                ${ranked(tracks).map(
                  ([title, count], index) =>
                    html`<li><span class="rank">${index + 1}</span><span class="name">${title}</span
                      ><span class="figures">${this._t("top.plays", { plays: count })}</span></li>`,
                )}
              </ol>
            </div>`}
        <div class="card" data-list="devices">
          <h2>${this._t("item.devices")}</h2>
          <ol class="top">
            ${ranked(devices).map(
              ([device, count], index) =>
                html`<li><span class="rank">${index + 1}</span><span class="name device">${device}</span
                  ><span class="figures">${this._t("top.plays", { plays: count })}</span></li>`,
            )}
          </ol>
        </div>
      </section>
      <section class="card">
        <h2>${this._t("item.recent")}</h2>
        ${this._playList(item.plays)}
      </section>
    `;
  }

  private async _play(event: Event, uri: string): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const player = (form.elements.namedItem("player") as HTMLSelectElement).value;
    try {
      await this.hass.callService("media_player", "play_media", {
        entity_id: player,
        media_content_id: uri,
        media_content_type: "music",
      });
    } catch (error) {
      this._fail(error);
    }
  }

  /** Whose a play is, and why, in words: "Ada, Bob · likely (at home)". */
  private _whosePlay(play: PlayRow): string {
    const names = (play.persons ?? []).map((person) => {
      const name = this.hass.states?.[person]?.attributes?.friendly_name;
      return typeof name === "string" ? name : person;
    });
    const who = names.length ? names.join(", ") : this._t("heard.household");
    const why = this._t(`heard.rule.${play.rule ?? "account"}`);
    return `${who} · ${this._t(`heard.certainty.${play.certainty ?? "certain"}`)} (${why})`;
  }

  /** The persons a correction may name: every person Home Assistant knows. */
  private _persons(): { id: string; name: string }[] {
    return Object.values(this.hass.states ?? {})
      .filter((state) => state.entity_id.startsWith("person."))
      .map((state) => {
        const name = state.attributes.friendly_name;
        return { id: state.entity_id, name: typeof name === "string" ? name : state.entity_id };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Say whose a play (or its session) was, or undo it; the answers follow at once. */
  private async _attribute(event: Event, play: PlayRow, undo: boolean): Promise<void> {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest("form");
    const chosen = form?.querySelector<HTMLSelectElement>("select")?.value ?? "";
    const session = form?.querySelector<HTMLInputElement>("input[type=checkbox]")?.checked ?? false;
    try {
      await ask<Attributed>(this.hass, "attribute", {
        play_id: play.play_id,
        persons: undo || !chosen || chosen === "household" ? [] : [chosen],
        session,
        undo,
      });
      this._load();
    } catch (error) {
      this._fail(error);
    }
  }

  private _correction(play: PlayRow): TemplateResult {
    return html`<details class="whose">
      <summary>${this._t("heard.change")}</summary>
      <form @submit=${(event: Event) => this._attribute(event, play, false)}>
        <select aria-label=${this._t("heard.change")}>
          <option value="household">${this._t("heard.household")}</option>
          ${this._persons().map(
            (person) =>
              html`<option value=${person.id} ?selected=${play.persons?.[0] === person.id}>${person.name}</option>`,
          )}
        </select>
        <label><input type="checkbox" /> ${this._t("heard.session")}</label>
        <button class="action" type="submit">${this._t("heard.save")}</button>
        ${play.rule === "correction"
          ? html`<button class="action undo" type="button" @click=${(event: Event) => this._attribute(event, play, true)}>
              ${this._t("heard.undo")}
            </button>`
          : nothing}
      </form>
    </details>`;
  }

  private _playList(plays: PlayRow[], correctable = false): TemplateResult {
    return html`<ol class="top timeline">
      ${plays.map(
        (play) => html`<li>
          <span class="rank"></span>
          <span class="name"
            >${play.title ?? "?"}${play.artist ? html` <span class="by">${play.artist}</span>` : nothing}
            <div class="by details">
              ${[
                deviceName(play.device),
                this._t(`source.${sourceName(play.source)}`),
                play.skipped ? this._t("timeline.skipped") : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </div>
            <div class="by whose-line">${this._whosePlay(play)}</div>
            ${correctable && play.play_id ? this._correction(play) : nothing}</span
          >
          <span class="figures"
            ><time datetime=${play.ended_at}>${dateTimeText(play.ended_at, this._lang, this._zone, this._hour12)}</time
            ><br />${formatDuration(play.minutes, this._numbers)}</span
          >
        </li>`,
      )}
    </ol>`;
  }

  private _timelinePage(): TemplateResult {
    return html`<section class="card">
      ${this._playList(this._timeline, true)}
      ${this._timelineDone
        ? html`<p class="muted">${this._t("timeline.end")}</p>`
        : html`<button id="more" class="action" @click=${() => this._loadTimeline()}>${this._t("timeline.more")}</button>`}
    </section>`;
  }

  private _importPage(): TemplateResult {
    const sync = this._sync;
    const coverage = sync?.coverage;
    const spotify = (this._info?.accounts ?? []).filter((account) => account.kind === "spotify");
    const state = this._import;
    return html`
      <section class="card">
        <form
          class="drop"
          @submit=${(event: Event) => this._upload(event)}
          @dragover=${(event: DragEvent) => event.preventDefault()}
          @drop=${(event: DragEvent) => this._drop(event)}
        >
          <p>${this._t("import.intro")}</p>
          <label
            >${this._t("import.choose")}
            <input type="file" name="file" accept=".zip,.json,application/zip,application/json" required
          /></label>
          <label
            >${this._t("import.account")}
            <select name="account">
              ${spotify.map(
                (account) => html`<option value=${account.config_entry_id} ?selected=${account.mine}>${account.title}</option>`,
              )}
            </select></label
          >
          <button class="action" type="submit" ?disabled=${state?.status === "running" || state?.status === "uploading"}>
            ${this._t("import.start")}
          </button>
        </form>
        ${state ? this._importState(state) : nothing}
      </section>
      <section class="card">
        <h2>${this._t("chart.coverage")}</h2>
        ${coverage
          ? html`
              <p>
                ${this._t("import.days_with_data", {
                  days: this._num(coverage.days_with_data),
                  first: coverage.first ? dateText(coverage.first, this._lang, this._zone) : "–",
                  last: coverage.last ? dateText(coverage.last, this._lang, this._zone) : "–",
                })}
              </p>
              ${coverageLine(coverage.first, coverage.last, coverage.gaps, this._lang)}
              ${coverage.gaps.length ? this._gaps(coverage.gaps) : html`<p class="muted">${this._t("import.no_gaps")}</p>`}`
          : nothing}
      </section>
      <section class="card">
        <h2>${this._t("import.jobs")}</h2>
        <div class="table">
          <table>
            <thead>
              <tr>
                <th>${this._t("import.job_kind")}</th>
                <th>${this._t("import.job_status")}</th>
                <th>${this._t("import.job_started")}</th>
                <th>${this._t("import.job_counts")}</th>
              </tr>
            </thead>
            <tbody>
              ${(sync?.recent_jobs ?? []).map(
                (job) => html`<tr>
                  <td>${this._term("job.kind", job.kind)}</td>
                  <td>${this._term("job.status", job.status)}</td>
                  <td>${job.started_at ? dateTimeText(job.started_at, this._lang, this._zone, this._hour12) : ""}</td>
                  <td>
                    ${Object.entries(job.counts)
                      .filter(([, value]) => typeof value === "number")
                      .map(([key, value]) => `${this._term("job.count", key)}: ${this._num(Number(value))}`)
                      .join(", ")}
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>
    `;
  }

  /** A term of the jobs table in the user's words; a term no translation knows, as it is. */
  private _term(prefix: string, value: string): string {
    const key = `${prefix}.${value}`;
    const text = this._t(key);
    // As it is: the page-wide language check (tests/e2e/test_words.py) finds it.
    return text === key ? value : text;
  }

  /** How many gaps, the longest few, and every one behind a disclosure. */
  private _gaps(gaps: [string, string][]): TemplateResult {
    const line = ([from, to]: [string, string]) =>
      html`<li>${this._t("chart.gap", { start: dayText(from, this._lang), end: dayText(to, this._lang) })}</li>`;
    return html`<p class="gaps">${this._t("import.gaps", { count: gaps.length })}</p>
      <ul class="gaps-longest">
        ${longestGaps(gaps, GAPS_SHOWN).map(line)}
      </ul>
      ${gaps.length > GAPS_SHOWN
        ? html`<details class="gaps-all">
            <summary>${this._t("import.gaps_all")}</summary>
            <ul>
              ${gaps.map(line)}
            </ul>
          </details>`
        : nothing}`;
  }

  private _importState(state: ImportEvent | { status: "uploading"; file: string }): TemplateResult {
    if (state.status === "uploading") {
      return html`<p role="status">${this._t("import.uploading", { file: state.file })}</p>
        <progress></progress>`;
    }
    if (state.status === "running") {
      return html`<p role="status">
          ${this._t("import.running", {
            file: state.file ?? "",
            percent: state.percent ?? 0,
            rows: this._num(state.rows ?? 0),
          })}
        </p>
        <progress max="100" value=${state.percent ?? 0}></progress>`;
    }
    if (state.status === "completed" || state.status === "completed_with_errors") {
      const files = state.files ?? 0;
      const again = files > 0 && state.files_already_imported === files && !state.imported;
      const failed = state.failed_files ?? [];
      return html`<p role="status" class="result">
          ${again
            ? this._t("import.again", { files })
            : isScrobbleImport(state.source)
            ? this._t("import.completed_scrobbles", {
                imported: state.imported ?? 0,
                already_held: this._num(state.already_held ?? 0),
                joined: this._num(state.joined ?? 0),
                new_songs: this._num(state.new_songs ?? 0),
                skipped: this._num(Object.values(state.skipped ?? {}).reduce((sum, n) => sum + n, 0)),
              })
            : this._t("import.completed", {
                imported: state.imported ?? 0,
                duplicates: this._num(state.duplicates ?? 0),
                replaced: this._num(state.replaced ?? 0),
              })}
        </p>
        ${failed.length
          ? html`<div role="alert" class="error failed-files">
              ${this._t("import.failed_files")}
              <ul>
                ${failed.map((file) => html`<li>${file.error ?? file.name}</li>`)}
              </ul>
            </div>`
          : nothing}`;
    }
    return html`<p role="alert" class="error">${this._t("import.failed", { error: state.error || errorText(state) })}</p>`;
  }

  private _drop(event: DragEvent): void {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    const input = this.renderRoot.querySelector<HTMLInputElement>("input[name=file]");
    if (file && input && event.dataTransfer) {
      input.files = event.dataTransfer.files;
    }
  }

  private async _upload(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    const account = (form.elements.namedItem("account") as HTMLSelectElement).value;
    if (!file || !account) {
      return;
    }
    this._error = undefined;
    const uploading = { status: "uploading" as const, file: file.name };
    this._import = uploading;
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await this.hass.fetchWithAuth("/api/file_upload", { method: "POST", body });
      if (!response.ok) {
        throw new Error(`${response.status} ${response.statusText}`);
      }
      const { file_id: fileId } = (await response.json()) as { file_id: string };
      await ask(this.hass, "import_upload", { config_entry_id: account, file_id: fileId });
      // An import that is quick (an export imported before) can end, and say so on
      // the subscription, before this answer arrives: never cover its result.
      if (this._import === uploading) {
        this._import = { account, title: "", status: "running", file: file.name, percent: 0, rows: 0 };
      }
    } catch (error) {
      this._import = { account, title: "", status: "failed", error: errorText(error) };
    }
  }

  private _dataPage(): TemplateResult {
    const accounts = this._info?.accounts ?? [];
    return html`
      <section class="card">
        <h2>${this._t("data.export")}</h2>
        <form class="row" @submit=${(event: Event) => this._export(event)}>
          <label>${this._t("data.export_path")} <input name="path" required value="/media/encore.csv" /></label>
          <label
            >${this._t("data.export_format")}
            <select name="format">
              <option value="csv">${this._t("data.format_csv")}</option>
              <option value="jsonl">${this._t("data.format_jsonl")}</option>
            </select></label
          >
          <label class="check"><input type="checkbox" name="overwrite" /> ${this._t("data.overwrite")}</label>
          <button class="action" type="submit">${this._t("data.run")}</button>
        </form>
      </section>
      <section class="card">
        <h2>${this._t("data.purge")}</h2>
        <form class="purge" @submit=${(event: Event) => this._planPurge(event)} @change=${() => (this._purgePlan = undefined)}>
          <fieldset>
            <legend>${this._t("data.purge_what")}</legend>
            <label
              ><input
                type="radio"
                name="mode"
                value="before"
                .checked=${this._purgeMode === "before"}
                @change=${() => (this._purgeMode = "before")}
              />
              ${this._t("data.purge_before")}
              <input type="date" name="before" ?required=${this._purgeMode === "before"} ?disabled=${this._purgeMode !== "before"}
            /></label>
            <label
              ><input
                type="radio"
                name="mode"
                value="everything"
                .checked=${this._purgeMode === "everything"}
                @change=${() => (this._purgeMode = "everything")}
              />
              ${this._t("data.purge_everything")}</label
            >
          </fieldset>
          <label
            >${this._t("data.purge_account")}
            <select name="account">
              <option value="">${this._t("data.purge_all")}</option>
              ${accounts.map((account) => html`<option value=${account.config_entry_id}>${account.title}</option>`)}
            </select></label
          >
          <button class="action" type="submit">${this._t("data.purge_check")}</button>
        </form>
        ${this._purgePlan ? this._purgeConfirmation(this._purgePlan) : nothing}
      </section>
      <section class="card">
        <h2>${this._t("data.retention")}</h2>
        <p>${this._t("data.retention_text")}</p>
        <a href="/config/integrations/integration/encore">${this._t("data.retention_open")}</a>
      </section>
    `;
  }

  private async _export(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    try {
      const answer = await ask<{ rows: number; path: string }>(this.hass, "export_history", {
        path: String(data.get("path")),
        format: String(data.get("format")),
        overwrite: data.get("overwrite") === "on",
      });
      this._error = undefined;
      this._message = this._t("data.export_done", { rows: this._num(answer.rows), path: answer.path });
    } catch (error) {
      const found = error as { translation_key?: string; translation_placeholders?: { path?: string } };
      if (found?.translation_key === "export_exists") {
        // The action's message says "set overwrite to true"; the page names its own choice.
        this._message = undefined;
        this._error = this._t("data.export_exists", {
          path: found.translation_placeholders?.path ?? String(data.get("path")),
        });
        return;
      }
      this._fail(error);
    }
  }

  /** Count what the form would delete, and show it; nothing is deleted yet. */
  private async _planPurge(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const fields: Record<string, unknown> = {};
    const before = this._purgeMode === "before" ? String(data.get("before") ?? "") : "";
    const account = String(data.get("account") ?? "");
    if (this._purgeMode === "before") {
      if (!before) {
        return; // the date input is required: the browser says so
      }
      fields.before = `${before}T00:00:00`;
    }
    if (account) {
      fields.config_entry_id = account;
    }
    if (this._purgeMode === "everything" && !account) {
      fields.all = true;
    }
    const title = this._info?.accounts.find((a) => a.config_entry_id === account)?.title;
    try {
      const answer = await ask<{ would_delete: number }>(this.hass, "purge_history", { ...fields, dry_run: true });
      this._error = undefined;
      this._message = undefined;
      this._purgePlan = { fields, count: answer.would_delete, before, whose: title };
    } catch (error) {
      this._fail(error);
    }
  }

  private _purgeConfirmation(plan: PurgePlan): TemplateResult {
    const count = this._num(plan.count);
    if (plan.count === 0) {
      return html`<p class="purge-plan" role="status">${this._t("data.purge_nothing")}</p>`;
    }
    const whose = plan.whose ?? this._t("data.purge_all_accounts");
    const range = plan.before
      ? this._t("data.purge_range_before", {
          date: dayText(plan.before, this._lang, "long"),
        })
      : this._t("data.purge_range_everything");
    return html`
      <div class="purge-plan" role="alertdialog" aria-labelledby="purge-plan-text">
        <p id="purge-plan-text">${this._t("data.purge_plan", { count, whose, range })}</p>
        <p class="purge-streams">${this._t("data.purge_streams")}</p>
        <p>${this._t("data.purge_kept")}</p>
        <button class="danger" @click=${() => this._purge(plan)}>${this._t("data.purge_confirm_button", { count })}</button>
        <button @click=${() => (this._purgePlan = undefined)}>${this._t("data.purge_cancel")}</button>
      </div>
    `;
  }

  private async _purge(plan: PurgePlan): Promise<void> {
    this._purgePlan = undefined;
    try {
      const answer = await ask<{ deleted: number }>(this.hass, "purge_history", plan.fields);
      this._error = undefined;
      this._message = this._t("data.purge_done", { deleted: this._num(answer.deleted) });
    } catch (error) {
      this._fail(error);
    }
  }

  static styles = [
    shared,
    css`
      :host {
        display: block;
        background: var(--primary-background-color);
        min-height: 100vh;
      }
      /* Whose a play is, and saying it on the timeline (issue 46). */
      details.whose summary {
        cursor: pointer;
        color: var(--primary-color);
        font-size: 0.85rem;
      }
      details.whose form {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin: 4px 0;
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
      nav {
        display: flex;
        gap: 4px;
        overflow-x: auto;
      }
      nav a {
        color: inherit;
        padding: 10px 12px;
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
      .pickers,
      form.row {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: flex-end;
      }
      .two {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
        gap: 16px;
      }
      .tops {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr));
        gap: 16px;
      }
      form.drop {
        display: flex;
        flex-direction: column;
        gap: 12px;
        border: 2px dashed var(--divider-color, #ccc);
        border-radius: 12px;
        padding: 16px;
      }
      form.play {
        display: flex;
        gap: 12px;
        align-items: flex-end;
        flex-wrap: wrap;
      }
      progress {
        width: 100%;
      }
      .table {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9rem;
      }
      th,
      td {
        text-align: start;
        padding: 6px 8px;
        border-bottom: 1px solid var(--divider-color, #e0e0e0);
      }
      .item-title {
        font-size: 1.5rem;
      }
      .item-head {
        display: flex;
        align-items: center;
        gap: 16px;
      }
    `,
  ];
}

if (!customElements.get("encore-panel")) {
  customElements.define("encore-panel", EncorePanel);
}
