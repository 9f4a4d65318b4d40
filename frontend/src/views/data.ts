// The data tab (administrators): export the history to a file, delete
// plays (counted and shown before anything is deleted), and where the
// retention is set.
import { html, nothing, type TemplateResult } from "lit";
import { ask } from "../api";
import { dateFieldStyles } from "../date-field";
import { dayText } from "../format";
import { parseDayInput } from "../profile";
import { EncoreView } from "../view";

/** A delete the page has counted and shows before it runs. */
interface PurgePlan {
  fields: Record<string, unknown>;
  count: number;
  /** The day plays must have ended before ("" for everything). */
  before: string;
  /** The account's title; undefined for every account. */
  whose?: string;
}

export class EncoreData extends EncoreView {
  static properties = { ...EncoreView.properties, _purgeMode: { state: true }, _purgePlan: { state: true } };

  // Deleting: "before" a date (the default) or "everything", its own choice;
  // nothing is deleted before the plan (what, whose, how many) was shown.
  private _purgeMode: "before" | "everything" = "before";
  private _purgePlan?: PurgePlan;

  protected load(): void {
    // Nothing to ask: the form is the tab.
  }

  protected render(): TemplateResult {
    return html`${this.status()}${this._dataPage()}`;
  }

  private _dataPage(): TemplateResult {
    const accounts = this.info?.accounts ?? [];
    return html`
      <section class="card">
        <h2>${this.t("data.export")}</h2>
        <form class="row" @submit=${(event: Event) => this._export(event)}>
          <label>${this.t("data.export_path")} <input name="path" required value="/media/encore.csv" /></label>
          <label
            >${this.t("data.export_format")}
            <select name="format">
              <option value="csv">${this.t("data.format_csv")}</option>
              <option value="jsonl">${this.t("data.format_jsonl")}</option>
            </select></label
          >
          <label class="check"><input type="checkbox" name="overwrite" /> ${this.t("data.overwrite")}</label>
          <button class="action" type="submit">${this.t("data.run")}</button>
        </form>
      </section>
      <section class="card">
        <h2>${this.t("data.purge")}</h2>
        <form class="purge" @submit=${(event: Event) => this._planPurge(event)} @change=${() => (this._purgePlan = undefined)}>
          <fieldset>
            <legend>${this.t("data.purge_what")}</legend>
            <label
              ><input
                type="radio"
                name="mode"
                value="before"
                .checked=${this._purgeMode === "before"}
                @change=${() => (this._purgeMode = "before")}
              />
              ${this.t("data.purge_before")}
              <encore-date-field
                .hass=${this.hass}
                name="before"
                .label=${this.t("data.purge_before")}
                .required=${this._purgeMode === "before"}
                .disabled=${this._purgeMode !== "before"}
              ></encore-date-field
            ></label>
            <label
              ><input
                type="radio"
                name="mode"
                value="everything"
                .checked=${this._purgeMode === "everything"}
                @change=${() => (this._purgeMode = "everything")}
              />
              ${this.t("data.purge_everything")}</label
            >
          </fieldset>
          <label
            >${this.t("data.purge_account")}
            <select name="account">
              <option value="">${this.t("data.purge_all")}</option>
              ${accounts.map((account) => html`<option value=${account.config_entry_id}>${account.title}</option>`)}
            </select></label
          >
          <button class="action" type="submit">${this.t("data.purge_check")}</button>
        </form>
        ${this._purgePlan ? this._purgeConfirmation(this._purgePlan) : nothing}
      </section>
      <section class="card">
        <h2>${this.t("data.retention")}</h2>
        <p>${this.t("data.retention_text")}</p>
        <a href="/config/integrations/integration/encore">${this.t("data.retention_open")}</a>
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
      this._message = this.t("data.export_done", { rows: answer.rows, path: answer.path });
    } catch (error) {
      const found = error as { translation_key?: string; translation_placeholders?: { path?: string } };
      if (found?.translation_key === "export_exists") {
        // The action's message says "set overwrite to true"; the page names its own choice.
        this._message = undefined;
        this._error = this.t("data.export_exists", {
          path: found.translation_placeholders?.path ?? String(data.get("path")),
        });
        return;
      }
      this.fail(error);
    }
  }

  /** Count what the form would delete, and show it; nothing is deleted yet. */
  private async _planPurge(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const fields: Record<string, unknown> = {};
    // The day as the user wrote it ("10.03.2025"), or as an ISO date.
    const typed = this._purgeMode === "before" ? String(data.get("before") ?? "") : "";
    const before = typed ? (parseDayInput(typed, this.language, this.hass.locale?.date_format) ?? "") : "";
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
    const title = this.info?.accounts.find((a) => a.config_entry_id === account)?.title;
    try {
      const answer = await ask<{ would_delete: number }>(this.hass, "purge_history", { ...fields, dry_run: true });
      this._error = undefined;
      this._message = undefined;
      this._purgePlan = { fields, count: answer.would_delete, before, whose: title };
    } catch (error) {
      this.fail(error);
    }
  }

  private _purgeConfirmation(plan: PurgePlan): TemplateResult {
    const count = plan.count;
    if (plan.count === 0) {
      return html`<p class="purge-plan" role="status">${this.t("data.purge_nothing")}</p>`;
    }
    const whose = plan.whose ?? this.t("data.purge_all_accounts");
    const range = plan.before
      ? this.t("data.purge_range_before", {
          date: dayText(plan.before, this.language, "long"),
        })
      : this.t("data.purge_range_everything");
    return html`
      <div class="purge-plan" role="alertdialog" aria-labelledby="purge-plan-text">
        <p id="purge-plan-text">${this.t("data.purge_plan", { count, whose, range })}</p>
        <p class="purge-streams">${this.t("data.purge_streams")}</p>
        <p>${this.t("data.purge_kept")}</p>
        <button class="danger" @click=${() => this._purge(plan)}>${this.t("data.purge_confirm_button", { count })}</button>
        <button @click=${() => (this._purgePlan = undefined)}>${this.t("data.purge_cancel")}</button>
      </div>
    `;
  }

  private async _purge(plan: PurgePlan): Promise<void> {
    this._purgePlan = undefined;
    try {
      const answer = await ask<{ deleted: number }>(this.hass, "purge_history", plan.fields);
      this._error = undefined;
      this._message = this.t("data.purge_done", { deleted: answer.deleted });
    } catch (error) {
      this.fail(error);
    }
  }

  static styles = [...EncoreView.styles, dateFieldStyles];
}

if (!customElements.get("encore-data")) {
  customElements.define("encore-data", EncoreData);
}
