// The overview tab: tiles, listening time per day (or week, month), the
// heatmap and the top lists of the period. The stats follow new plays
// through `encore/subscribe_stats`; the rest is asked again with each push.
import { css, html, nothing, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import { ask, type DaysAnswer, type StatsAnswer, type TopAnswer, type TopEntry } from "../api";
import { artwork } from "../artwork";
import { timeBars } from "../bars";
import { heatmapGrid } from "../charts";
import "../echart";
import { TOP_KINDS_OF, countText, formatDuration, formatPercent, includesToday, type TopKindName } from "../format";
import { fillDays, groupDays, groupingFor, periodDays } from "../days";
import { questionParams, routeHash } from "../route";
import { EncoreView } from "../view";

interface Overview {
  stats?: StatsAnswer;
  days?: DaysAnswer;
  top: Partial<Record<TopKindName, TopAnswer>>;
}

export class EncoreOverview extends EncoreView {
  static properties = { ...EncoreView.properties, _overview: { state: true } };

  private _overview: Overview = { top: {} };
  private _unsubscribe?: Promise<() => Promise<void>>;

  protected stopSubscriptions(): void {
    super.stopSubscriptions();
    this._unsubscribe?.then((stop) => stop()).catch(() => undefined);
    this._unsubscribe = undefined;
  }

  protected load(): void {
    const fields = this.fields();
    const asked = this.asked;
    this._overview = { top: {} };
    const others = () => {
      ask<DaysAnswer>(this.hass, "minutes_by_day", fields)
        .then((days) => {
          if (this.wanted(asked)) {
            this._overview = { ...this._overview, days };
          }
        })
        .catch((error) => this.fail(error, asked));
      this._askTops(fields);
    };
    let first = true;
    // The stats arrive now and again whenever plays are recorded; the rest
    // of the page follows each push.
    this._unsubscribe = this.hass.connection.subscribeMessage<StatsAnswer>(
      (stats) => {
        if (!this.wanted(asked)) {
          return; // a push of the earlier question's, before its unsubscription
        }
        this._overview = { ...this._overview, stats };
        this.answered(stats);
        if (!first) {
          others();
        }
        first = false;
      },
      { type: "encore/subscribe_stats", ...fields },
    );
    this._unsubscribe.catch((error) => this.fail(error, asked));
    others();
    this.followArtwork(() => this._askTops(this.fields()));
  }

  /** The rankings the chosen content has (a podcast has no album). */
  private get _topKinds(): readonly TopKindName[] {
    return TOP_KINDS_OF[this.question.content ?? "everything"];
  }

  private _askTops(fields: Record<string, unknown>): void {
    // A ranking's kind says its content: top_items takes no content field.
    const { content: _content, ...rankingFields } = fields;
    const asked = this.asked;
    for (const kind of this._topKinds) {
      ask<TopAnswer>(this.hass, "top_items", { ...rankingFields, kind, limit: 10 })
        .then((answer) => {
          if (this.wanted(asked)) {
            this._overview = { ...this._overview, top: { ...this._overview.top, [kind]: answer } };
          }
        })
        .catch((error) => this.fail(error, asked));
    }
  }

  protected render(): TemplateResult {
    const { stats, days, top } = this._overview;
    const totals = stats?.totals;
    const plays = totals?.plays ?? 0;
    // Each answer arrives apart and renders the page again: the charts and
    // lists whose figures did not change are kept as they are (a chart of
    // ten years of days costs milliseconds to draw, six times over).
    const lang = this.language;
    return html`
      ${this.status()}
      <section class="tiles" aria-label=${this.t("nav.overview")}>
        ${this.tile("plays", this.t("tile.plays"), totals && this.num(totals.plays))}
        ${this.tile("time", this.t("tile.time"), totals ? formatDuration(totals.ms_played / 60_000, this.numbers) : undefined)}
        ${this.tile("artists", this.t("tile.artists"), totals && countText(totals.artists, this.numbers))}
        ${this.tile("tracks", this.t("tile.tracks"), totals && countText(totals.tracks, this.numbers))}
        ${this.tile("new_artists", this.t("tile.new_artists"), stats && countText(stats.taste.new_artists_count, this.numbers))}
        ${!stats || includesToday(stats.period)
          ? // The current streak is today's: under a period that ended before, it is not shown.
            this.tile(
              "streak",
              this.t("tile.streak"),
              stats ? this.t("tile.streak_days", { days: stats.taste.streaks.current_days }) : undefined,
            )
          : nothing}
        ${this.tile("skip_rate", this.t("tile.skip_rate"), stats ? formatPercent(stats.skip_rate) : undefined)}
      </section>
      <section class="two">
        ${guard([days, lang], () => this._daysCard(days))}
        <div class="card">
          <h2>${this.t("chart.heatmap")}</h2>
          ${guard([stats?.heatmap, lang], () => (stats ? heatmapGrid(stats.heatmap, lang) : nothing))}
        </div>
      </section>
      <section class="tops">
        ${this._topKinds.map((kind) =>
          guard([top[kind], plays, lang, this.asked], () => this._topList(kind, top[kind], plays)),
        )}
      </section>
    `;
  }

  private _daysCard(days: DaysAnswer | undefined): TemplateResult {
    const { from, to } = periodDays(days?.period, this.serverZone);
    const filled = fillDays(days?.days ?? [], from, to);
    const grouping = groupingFor(filled);
    const bars = groupDays(filled, grouping);
    return html`<div class="card" data-chart="days">
      <h2>${this.t("chart.time_per", { grouping: this.t(`chart.${grouping}`) })}</h2>
      ${days && bars.length === 0 ? html`<p class="muted">${this.t("chart.no_data")}</p>` : nothing}
      ${bars.length ? html`<encore-bars .bars=${timeBars(bars, grouping, this.language)}></encore-bars>` : nothing}
    </div>`;
  }

  private _topList(kind: string, answer: TopAnswer | undefined, plays: number): TemplateResult {
    return html`<div class="card" data-top=${kind}>
      <h2>${this.t(`top.${kind}`)}</h2>
      ${answer && answer.items.length === 0 ? html`<p class="muted">${this.t("chart.no_data")}</p>` : nothing}
      <ol class="top with-art">
        ${(answer?.items ?? []).map((entry) => this._topEntry(kind, entry, plays))}
      </ol>
    </div>`;
  }

  private _topEntry(kind: string, entry: TopEntry, plays: number): TemplateResult {
    const share = plays ? entry.plays / plays : 0;
    const link = (target: Record<string, string | undefined>, text: string) =>
      html`<a href=${routeHash("item", { ...target, ...questionParams(this.question) })}>${text}</a>`;
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
        >${this.t("top.plays", { plays: entry.plays })}<br />${formatDuration(entry.minutes, this.numbers)}
        · ${formatPercent(share)}</span
      >
    </li>`;
  }

  static styles = [
    ...EncoreView.styles,
    css`
      .tops {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr));
        gap: 16px;
      }
    `,
  ];
}

if (!customElements.get("encore-overview")) {
  customElements.define("encore-overview", EncoreOverview);
}
