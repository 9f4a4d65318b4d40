// The import tab (administrators): upload a Spotify export, follow the
// import, see which days the history covers and its gaps, and the latest
// jobs. Imports report through `encore/subscribe_imports`.
import { css, html, svg, nothing, type TemplateResult } from "lit";
import { ask, errorText, isScrobbleImport, type ImportEvent, type SyncStatus } from "../api";
import { errorMessage } from "../errors";
import { dayText } from "../format";
import { dateText, dateTimeText } from "../profile";
import { longestGaps } from "../days";
import { localize } from "../i18n";
import { EncoreView } from "../view";

/** A thin line per day from the first to the last play, gaps in the error colour. */
function coverageLine(
  first: string | null,
  last: string | null,
  gaps: [string, string][],
  lang: string,
): TemplateResult | typeof nothing {
  if (!first || !last) {
    return nothing;
  }
  const start = Date.parse(first);
  const span = Math.max(1, Date.parse(last) - start);
  const at = (day: string) => ((Date.parse(`${day}T12:00:00Z`) - start) / span) * 100;
  return html`<svg class="coverage" viewBox="0 0 100 10" preserveAspectRatio="none" role="img"
    aria-label=${localize(lang, "chart.coverage")}>
    <rect class="held" x="0" y="2" width="100" height="6"></rect>
    ${gaps.map(
      ([from, to]) => svg`<rect class="gap" x=${Math.max(0, at(from))} y="0"
        width=${Math.max(0.5, at(to) - at(from))} height="10">
        <title>${localize(lang, "chart.gap", { start: dayText(from, lang), end: dayText(to, lang) })}</title></rect>`,
    )}
  </svg>`;
}

/** The gaps the import page names; the rest wait behind "Every gap". */
const GAPS_SHOWN = 3;

export class EncoreImport extends EncoreView {
  static properties = { ...EncoreView.properties, _sync: { state: true }, _import: { state: true } };

  private _sync?: SyncStatus;
  private _import?: ImportEvent | { status: "uploading"; file: string };
  private _unsubscribeImports?: Promise<() => Promise<void>>;

  protected stopSubscriptions(): void {
    super.stopSubscriptions();
    this._unsubscribeImports?.then((stop) => stop()).catch(() => undefined);
    this._unsubscribeImports = undefined;
  }

  protected load(): void {
    this._loadSync();
    this._unsubscribeImports = this.hass.connection.subscribeMessage<ImportEvent>(
      (event) => this._onImport(event),
      { type: "encore/subscribe_imports" },
    );
    this._unsubscribeImports.catch(() => undefined);
  }

  protected render(): TemplateResult {
    return html`${this.status()}${this._importPage()}`;
  }

  private _loadSync(): void {
    ask<SyncStatus>(this.hass, "sync_status")
      .then((sync) => {
        this._sync = sync;
      })
      .catch((error) => this.fail(error));
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


  private _importPage(): TemplateResult {
    const sync = this._sync;
    const coverage = sync?.coverage;
    const spotify = (this.info?.accounts ?? []).filter((account) => account.kind === "spotify");
    const state = this._import;
    return html`
      <section class="card">
        <form
          class="drop"
          @submit=${(event: Event) => this._upload(event)}
          @dragover=${(event: DragEvent) => event.preventDefault()}
          @drop=${(event: DragEvent) => this._drop(event)}
        >
          <p>${this.t("import.intro")}</p>
          <label
            >${this.t("import.choose")}
            <input type="file" name="file" accept=".zip,.json,application/zip,application/json" required
          /></label>
          <label
            >${this.t("import.account")}
            <select name="account">
              ${spotify.map(
                (account) => html`<option value=${account.config_entry_id} ?selected=${account.mine}>${account.title}</option>`,
              )}
            </select></label
          >
          <button class="action" type="submit" ?disabled=${state?.status === "running" || state?.status === "uploading"}>
            ${this.t("import.start")}
          </button>
        </form>
        ${state ? this._importState(state) : nothing}
      </section>
      <section class="card">
        <h2>${this.t("chart.coverage")}</h2>
        ${coverage
          ? html`
              <p>
                ${this.t("import.days_with_data", {
                  days: coverage.days_with_data,
                  first: coverage.first ? dateText(coverage.first, this.language, this.zone) : "–",
                  last: coverage.last ? dateText(coverage.last, this.language, this.zone) : "–",
                })}
              </p>
              ${coverageLine(coverage.first, coverage.last, coverage.gaps, this.language)}
              ${coverage.gaps.length ? this._gaps(coverage.gaps) : html`<p class="muted">${this.t("import.no_gaps")}</p>`}`
          : nothing}
      </section>
      <section class="card">
        <h2>${this.t("import.jobs")}</h2>
        <div class="table">
          <table>
            <thead>
              <tr>
                <th>${this.t("import.job_kind")}</th>
                <th>${this.t("import.job_status")}</th>
                <th>${this.t("import.job_started")}</th>
                <th>${this.t("import.job_counts")}</th>
              </tr>
            </thead>
            <tbody>
              ${(sync?.recent_jobs ?? []).map(
                (job) => html`<tr>
                  <td>${this._term("job.kind", job.kind)}</td>
                  <td>${this._term("job.status", job.status)}</td>
                  <td>${job.started_at ? dateTimeText(job.started_at, this.language, this.zone, this.hour12) : ""}</td>
                  <td>
                    ${Object.entries(job.counts)
                      .filter(([, value]) => typeof value === "number")
                      .map(([key, value]) => `${this._term("job.count", key)}: ${this.num(Number(value))}`)
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
    const text = this.t(key);
    // As it is: the page-wide language check (tests/e2e/test_words.py) finds it.
    return text === key ? value : text;
  }

  /** How many gaps, the longest few, and every one behind a disclosure. */
  private _gaps(gaps: [string, string][]): TemplateResult {
    const line = ([from, to]: [string, string]) =>
      html`<li>${this.t("chart.gap", { start: dayText(from, this.language), end: dayText(to, this.language) })}</li>`;
    return html`<p class="gaps">${this.t("import.gaps", { count: gaps.length })}</p>
      <ul class="gaps-longest">
        ${longestGaps(gaps, GAPS_SHOWN).map(line)}
      </ul>
      ${gaps.length > GAPS_SHOWN
        ? html`<details class="gaps-all">
            <summary>${this.t("import.gaps_all")}</summary>
            <ul>
              ${gaps.map(line)}
            </ul>
          </details>`
        : nothing}`;
  }

  private _importState(state: ImportEvent | { status: "uploading"; file: string }): TemplateResult {
    if (state.status === "uploading") {
      return html`<p role="status">${this.t("import.uploading", { file: state.file })}</p>
        <progress></progress>`;
    }
    if (state.status === "running") {
      return html`<p role="status">
          ${this.t("import.running", {
            file: state.file ?? "",
            percent: state.percent ?? 0,
            rows: state.rows ?? 0,
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
            ? this.t("import.again", { files })
            : isScrobbleImport(state.source)
            ? this.t("import.completed_scrobbles", {
                imported: state.imported ?? 0,
                already_held: state.already_held ?? 0,
                joined: state.joined ?? 0,
                new_songs: state.new_songs ?? 0,
                skipped: Object.values(state.skipped ?? {}).reduce((sum, n) => sum + n, 0),
              })
            : this.t("import.completed", {
                imported: state.imported ?? 0,
                duplicates: state.duplicates ?? 0,
                replaced: state.replaced ?? 0,
              })}
        </p>
        ${failed.length
          ? html`<div role="alert" class="error failed-files">
              ${this.t("import.failed_files")}
              <ul>
                ${failed.map((file) => html`<li>${file.error ?? file.name}</li>`)}
              </ul>
            </div>`
          : nothing}`;
    }
    return html`<p role="alert" class="error">${this.t("import.failed", { error: state.error || errorText(state) })}</p>`;
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

  static styles = [
    ...EncoreView.styles,
    css`
      form.drop {
        display: flex;
        flex-direction: column;
        gap: 12px;
        border: 2px dashed var(--divider-color, #ccc);
        border-radius: 12px;
        padding: 16px;
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
    `,
  ];
}

if (!customElements.get("encore-import")) {
  customElements.define("encore-import", EncoreImport);
}
