// An artist's, a track's or a podcast's page: its tiles for the period, its
// listening time per day and per hour, its songs (or episodes) and devices,
// the latest plays, and playing it on a player Home Assistant knows.
import { css, html, nothing, type TemplateResult } from "lit";
import { ask, type ItemAnswer } from "../api";
import { artwork, usableImage } from "../artwork";
import { hourBars, timeBars } from "../bars";
import "../echart";
import { formatDuration } from "../format";
import { dateText } from "../profile";
import { fillDays, groupDays, periodDays } from "../days";
import { questionParams, routeHash } from "../route";
import { deviceName } from "../devices";
import { PlaysView } from "./plays";

export class EncoreItem extends PlaysView {
  static properties = { ...PlaysView.properties, _item: { state: true } };

  private _item?: ItemAnswer;

  private _itemFields(): Record<string, unknown> {
    const { kind, name } = this.params;
    // An item is of one content already: a show's page counts its episodes
    // whichever content the overview was showing.
    const { content: _content, ...fields } = this.fields();
    return { ...fields, [kind === "track" ? "track" : "artist"]: name };
  }

  protected load(): void {
    this._loadItem();
    this.followArtwork(() => this._loadItem(false));
  }

  private _loadItem(blank = true): void {
    if (blank) {
      this._item = undefined;
    }
    const asked = this.asked;
    ask<ItemAnswer>(this.hass, "item", this._itemFields())
      .then((item) => {
        if (this.wanted(asked)) {
          this._item = item;
          this.answered(item);
        }
      })
      .catch((error) => this.fail(error, asked));
  }

  protected render(): TemplateResult {
    return html`${this.status()}${this._page()}`;
  }

  private _page(): TemplateResult {
    const item = this._item;
    const { name, uri } = this.params;
    if (!item) {
      return html`<p class="muted">…</p>`;
    }
    if (!item.match) {
      return html`<p>${this.t("item.no_match", { name: name ?? "" })}</p>`;
    }
    // Every play of the period, as the tiles count them (the list below is
    // only the latest): the backend breaks them down in Home Assistant's
    // time zone, as the heatmap's days and hours.
    const unknown = this.t("item.unknown_device");
    const devices = new Map<string, number>();
    for (const [device, count] of item.devices ?? []) {
      const name = deviceName(device) ?? unknown;
      devices.set(name, (devices.get(name) ?? 0) + count);
    }
    const tracks = new Map<string, number>(item.tracks ?? []);
    const hours = item.hours ?? Array<number>(24).fill(0);
    // A track's page lists no tracks (it would list itself); a podcast's are episodes.
    const kind = item.match.kind;
    const tracksTitle = kind === "show" || kind === "episode" ? this.t("item.episodes") : this.t("top.track");
    const { from, to } = periodDays(item.period, this.serverZone);
    const days = fillDays(item.days ?? [], from, to);
    const players = Object.values(this.hass.states).filter((state) => state.entity_id.startsWith("media_player."));
    const playUri = uri ?? item.plays.find((play) => play.uri)?.uri ?? undefined;
    const ranked = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
    return html`
      <p><a href=${routeHash("overview", questionParams(this.question))}>← ${this.t("item.back")}</a></p>
      <div class="item-head">
        ${usableImage(item.image) ? artwork(item.image, item.match.kind, 96) : nothing}
        <h2 class="item-title">${item.match.name}${item.match.artist ? html` <span class="muted">${item.match.artist}</span>` : nothing}</h2>
      </div>
      <section class="tiles">
        ${this.tile("item_plays", this.t("item.plays"), this.num(item.count))}
        ${this.tile("item_time", this.t("item.time"), formatDuration(item.minutes, this.numbers))}
        ${this.tile("first", this.t("item.first"), item.first ? dateText(item.first.ended_at, this.language, this.zone) : "–")}
        ${this.tile("last", this.t("item.last"), item.last ? dateText(item.last.ended_at, this.language, this.zone) : "–")}
      </section>
      ${playUri && players.length
        ? html`<form class="card play" @submit=${(event: Event) => this._play(event, playUri)}>
            <label
              >${this.t("item.play_on")}
              <select name="player">
                ${players.map(
                  (player) =>
                    html`<option value=${player.entity_id}>${String(player.attributes.friendly_name ?? player.entity_id)}</option>`,
                )}
              </select></label
            >
            <button class="action" type="submit">${this.t("item.play")}</button>
          </form>`
        : nothing}
      <section class="two">
        <div class="card" data-chart="item-days">
          <h2>${this.t("chart.time_per", { grouping: this.t("chart.day") })}</h2>
          ${days.length
            ? html`<encore-bars .bars=${timeBars(groupDays(days, "day"), "day", this.language)}></encore-bars>`
            : nothing}
        </div>
        <div class="card" data-chart="hours">
          <h2>${this.t("item.hours")}</h2>
          <encore-bars .bars=${hourBars(hours, this.language)}></encore-bars>
        </div>
        ${kind === "track"
          ? nothing
          : html`<div class="card" data-list="tracks">
              <h2>${tracksTitle}</h2>
              <ol class="top">
                ${ranked(tracks).map(
                  ([title, count], index) =>
                    html`<li><span class="rank">${index + 1}</span><span class="name">${title}</span
                      ><span class="figures">${this.t("top.plays", { plays: count })}</span></li>`,
                )}
              </ol>
            </div>`}
        <div class="card" data-list="devices">
          <h2>${this.t("item.devices")}</h2>
          <ol class="top">
            ${ranked(devices).map(
              ([device, count], index) =>
                html`<li><span class="rank">${index + 1}</span><span class="name device">${device}</span
                  ><span class="figures">${this.t("top.plays", { plays: count })}</span></li>`,
            )}
          </ol>
        </div>
      </section>
      <section class="card">
        <h2>${this.t("item.recent")}</h2>
        ${this.playList(item.plays)}
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
      this.fail(error);
    }
  }

  static styles = [
    ...PlaysView.styles,
    css`
      form.play {
        display: flex;
        gap: 12px;
        align-items: flex-end;
        flex-wrap: wrap;
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

if (!customElements.get("encore-item")) {
  customElements.define("encore-item", EncoreItem);
}
