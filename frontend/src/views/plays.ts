// A list of plays, as the item pages and the timeline show it: title and
// artist, device and source, whose the play is and why (issue 46), and on
// the timeline a correction of whose it was.
import { css, html, nothing, type TemplateResult } from "lit";
import { ask, type Attributed, type PlayRow } from "../api";
import { formatDuration } from "../format";
import { dateTimeText } from "../profile";
import { deviceName, sourceName } from "../devices";
import { EncoreView } from "../view";

export abstract class PlaysView extends EncoreView {
  /** Whose a play is, and why, in words: "Ada, Bob · likely (at home)". */
  private _whosePlay(play: PlayRow): string {
    const names = (play.persons ?? []).map((person) => {
      const name = this.hass.states?.[person]?.attributes?.friendly_name;
      return typeof name === "string" ? name : person;
    });
    const who = names.length ? names.join(", ") : this.t("heard.household");
    const why = this.t(`heard.rule.${play.rule ?? "account"}`);
    return `${who} · ${this.t(`heard.certainty.${play.certainty ?? "certain"}`)} (${why})`;
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
      const done = await ask<Attributed>(this.hass, "attribute", {
        play_id: play.play_id,
        persons: undo || !chosen || chosen === "household" ? [] : [chosen],
        session,
        undo,
      });
      this.reload();
      // ListenBrainz's listens follow a correction; a Last.fm scrobble
      // already sent stays there, and the user should know it did.
      if (done.lastfm_kept?.length) {
        this._message = this.t("heard.lastfm_kept", { accounts: done.lastfm_kept.join(", ") });
      }
    } catch (error) {
      this.fail(error);
    }
  }

  private _correction(play: PlayRow): TemplateResult {
    return html`<details class="whose">
      <summary>${this.t("heard.change")}</summary>
      <form @submit=${(event: Event) => this._attribute(event, play, false)}>
        <select aria-label=${this.t("heard.change")}>
          <option value="household">${this.t("heard.household")}</option>
          ${this._persons().map(
            (person) =>
              html`<option value=${person.id} ?selected=${play.persons?.[0] === person.id}>${person.name}</option>`,
          )}
        </select>
        <label><input type="checkbox" /> ${this.t("heard.session")}</label>
        <button class="action" type="submit">${this.t("heard.save")}</button>
        ${play.rule === "correction"
          ? html`<button class="action undo" type="button" @click=${(event: Event) => this._attribute(event, play, true)}>
              ${this.t("heard.undo")}
            </button>`
          : nothing}
      </form>
    </details>`;
  }

  protected playList(plays: PlayRow[], correctable = false): TemplateResult {
    return html`<ol class="top timeline">
      ${plays.map(
        (play) => html`<li>
          <span class="rank"></span>
          <span class="name"
            >${play.title ?? "?"}${play.artist ? html` <span class="by">${play.artist}</span>` : nothing}
            <div class="by details">
              ${[
                deviceName(play.device),
                this.t(`source.${sourceName(play.source)}`),
                play.skipped ? this.t("timeline.skipped") : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </div>
            <div class="by whose-line">${this._whosePlay(play)}</div>
            ${correctable && play.play_id ? this._correction(play) : nothing}</span
          >
          <span class="figures"
            ><time datetime=${play.ended_at}>${dateTimeText(play.ended_at, this.language, this.zone, this.hour12)}</time
            ><br />${formatDuration(play.minutes, this.numbers)}</span
          >
        </li>`,
      )}
    </ol>`;
  }

  static styles = [
    ...EncoreView.styles,
    css`
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
    `,
  ];
}
