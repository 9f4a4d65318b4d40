// The timeline tab: every play of the period, newest first, a page at a
// time as the list scrolls, each with whose it was and a way to say so.
import { html, type TemplateResult } from "lit";
import { ask, type HistoryAnswer, type PlayRow } from "../api";
import { PlaysView } from "./plays";

const PAGE_SIZE = 50;

export class EncoreTimeline extends PlaysView {
  static properties = { ...PlaysView.properties, _timeline: { state: true }, _timelineDone: { state: true } };

  private _timeline: PlayRow[] = [];
  private _timelineDone = false;
  private _timelineGeneration = 0;
  private _timelineLoading = false;
  private _periodStart: string | null = null;
  private _observer?: IntersectionObserver;

  protected load(): void {
    // A new list: answers still on their way belong to the old one.
    this._timelineGeneration += 1;
    this._timelineLoading = false;
    this._timeline = [];
    this._timelineDone = false;
    this._loadTimeline();
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
    const asked = this.asked;
    const fields = this.fields();
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
          this.answered(answer);
        }
        this._timeline = [...this._timeline, ...answer.plays];
        this._timelineDone = answer.plays.length < PAGE_SIZE;
      })
      .catch((error) => this.fail(error, asked))
      .finally(() => {
        if (generation === this._timelineGeneration) {
          this._timelineLoading = false;
        }
      });
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

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
  }

  protected render(): TemplateResult {
    return html`${this.status()}
      <section class="card">
        ${this.playList(this._timeline, true)}
        ${this._timelineDone
          ? html`<p class="muted">${this.t("timeline.end")}</p>`
          : html`<button id="more" class="action" @click=${() => this._loadTimeline()}>${this.t("timeline.more")}</button>`}
      </section>`;
  }
}

if (!customElements.get("encore-timeline")) {
  customElements.define("encore-timeline", EncoreTimeline);
}
