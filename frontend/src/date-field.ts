// A date as the user writes it (issue 43.15): the browser's own date input
// shows the browser's language ("mm/dd/yyyy" on a German page), so the
// page's date fields are text in the user's profile's order and language
// ("10.03.2025"), with a calendar button that opens Encore's own month
// (calendar.ts): its names and first weekday are the profile's too, where
// the browser's picker would speak the browser's language.
// Rendered without a shadow root: the text field belongs to its form.
import { LitElement, css, html, nothing, type TemplateResult } from "lit";
import type { HomeAssistant } from "./api";
import { addDays, addMonths, dayLabel, dayOf, firstWeekday, monthTitle, monthWeeks, weekdayNames } from "./calendar";
import { language, localize } from "./i18n";
import { dayInputText, parseDayInput } from "./profile";

/** How far a key moves the calendar's focused day. */
const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** The event a field sends with the day chosen ("2025-03-10"), or "" when cleared. */
export const DAY_CHANGED = "day-changed";

export class EncoreDateField extends LitElement {
  static properties = {
    hass: { attribute: false },
    name: {},
    value: {},
    label: {},
    required: { type: Boolean },
    disabled: { type: Boolean },
    _month: { state: true },
    _focused: { state: true },
  };

  hass?: HomeAssistant;
  /** The field's name in its form: the form reads the text, parsed with `parseDayInput`. */
  name = "";
  /** The day shown, "2025-03-10". */
  value = "";
  label = "";
  required = false;
  disabled = false;
  /** The month the open calendar shows ("2025-03-01"); "" while it is closed. */
  private _month = "";
  /** The calendar's day that has the keyboard. */
  private _focused = "";
  private readonly _outside = (event: Event): void => {
    if (!event.composedPath().includes(this)) {
      this._close(false);
    }
  };

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("pointerdown", this._outside, true);
  }

  protected createRenderRoot(): HTMLElement {
    return this;
  }

  private get _lang(): string {
    return language(this.hass?.locale?.language ?? this.hass?.language);
  }

  private get _dateFormat(): string | undefined {
    return this.hass?.locale?.date_format;
  }

  /** The text's day, "2025-03-10"; null when it is no day. */
  day(text: string): string | null {
    return parseDayInput(text, this._lang, this._dateFormat);
  }

  private _typed(event: Event): void {
    const input = event.target as HTMLInputElement;
    const day = input.value.trim() ? this.day(input.value) : "";
    if (day === null) {
      const example = dayInputText("2025-03-10", this._lang, this._dateFormat);
      input.setCustomValidity(localize(this._lang, "period.bad_date", { example }));
      input.reportValidity();
      return;
    }
    input.setCustomValidity("");
    this._choose(day);
  }

  private _choose(day: string): void {
    this.value = day;
    this.dispatchEvent(new CustomEvent(DAY_CHANGED, { detail: day, bubbles: true, composed: true }));
  }

  private _open(): void {
    if (this._month) {
      this._close(true);
      return;
    }
    // The field's day, or today (the browser's: it only says where the
    // calendar opens) when the field is empty.
    this._focused = this.value || dayOf(new Date());
    this._month = addMonths(this._focused, 0);
    document.addEventListener("pointerdown", this._outside, true);
    void this.updateComplete.then(() => this._focusDay());
  }

  private _close(refocus: boolean): void {
    this._month = "";
    document.removeEventListener("pointerdown", this._outside, true);
    if (refocus) {
      this.querySelector<HTMLButtonElement>("button.calendar")?.focus();
    }
  }

  private _pick(day: string): void {
    this._close(true);
    this._choose(day);
  }

  private _moveTo(day: string): void {
    this._focused = day;
    this._month = addMonths(day, 0);
    void this.updateComplete.then(() => this._focusDay());
  }

  private _focusDay(): void {
    this.querySelector<HTMLButtonElement>(`.calendar-pop button[data-day="${this._focused}"]`)?.focus();
  }

  private _key(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      this._close(true);
    } else if (event.key in STEPS) {
      event.preventDefault();
      this._moveTo(addDays(this._focused, STEPS[event.key]));
    } else if (event.key === "PageUp" || event.key === "PageDown") {
      event.preventDefault();
      const month = addMonths(this._focused, event.key === "PageUp" ? -1 : 1);
      const [, , date] = this._focused.split("-").map(Number);
      const last = Number(addDays(addMonths(month, 1), -1).slice(8));
      this._moveTo(`${month.slice(0, 8)}${String(Math.min(date, last)).padStart(2, "0")}`);
    }
  }

  private _calendar(): TemplateResult {
    const lang = this._lang;
    const first = firstWeekday(this.hass?.locale?.language ?? lang, this.hass?.locale?.first_weekday);
    const names = weekdayNames(lang, first);
    const title = monthTitle(this._month, lang);
    return html`<div
      class="calendar-pop"
      role="dialog"
      aria-label=${this.label || localize(lang, "period.calendar")}
      @keydown=${(event: KeyboardEvent) => this._key(event)}
    >
      <div class="calendar-head">
        <button
          type="button"
          class="month previous"
          aria-label=${localize(lang, "period.previous_month")}
          @click=${() => (this._month = addMonths(this._month, -1))}
        >
          ‹
        </button>
        <span class="calendar-title" aria-live="polite">${title}</span>
        <button
          type="button"
          class="month next"
          aria-label=${localize(lang, "period.next_month")}
          @click=${() => (this._month = addMonths(this._month, 1))}
        >
          ›
        </button>
      </div>
      <table role="grid" aria-label=${title}>
        <thead>
          <tr>
            ${names.map((name) => html`<th scope="col" abbr=${name.long}>${name.short}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${monthWeeks(this._month, first).map(
            (week) =>
              html`<tr>
                ${week.map((day) =>
                  day
                    ? html`<td>
                        <button
                          type="button"
                          class="day"
                          data-day=${day}
                          tabindex=${day === this._focused ? 0 : -1}
                          aria-pressed=${day === this.value ? "true" : "false"}
                          aria-label=${dayLabel(day, lang)}
                          @click=${() => this._pick(day)}
                        >
                          ${Number(day.slice(8))}
                        </button>
                      </td>`
                    : html`<td></td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected render(): TemplateResult {
    const text = dayInputText(this.value, this._lang, this._dateFormat);
    const example = dayInputText("2025-03-10", this._lang, this._dateFormat);
    return html`<span class="date-field">
      <input
        type="text"
        name=${this.name || nothing}
        inputmode="numeric"
        autocomplete="off"
        aria-label=${this.label || nothing}
        placeholder=${example}
        .value=${text}
        ?required=${this.required}
        ?disabled=${this.disabled}
        @change=${(event: Event) => this._typed(event)}
      /><button
        type="button"
        class="calendar"
        aria-label=${localize(this._lang, "period.calendar")}
        aria-haspopup="dialog"
        aria-expanded=${this._month ? "true" : "false"}
        ?disabled=${this.disabled}
        @click=${() => this._open()}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            fill="currentColor"
            d="M19 19H5V8h14m-3-7v2H8V1H6v2H5c-1.11 0-2 .89-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2h-1V1"
          />
        </svg></button
      >${this._month ? this._calendar() : nothing}
    </span>`;
  }
}

if (!customElements.get("encore-date-field")) {
  customElements.define("encore-date-field", EncoreDateField);
}

/** The field's looks, for the shadow root it renders into (the panel's, a view's). */
export const dateFieldStyles = css`
  .date-field {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    position: relative;
  }
  .date-field input[type="text"] {
    width: 12ch;
  }
  .date-field button.calendar {
    display: inline-flex;
    align-items: center;
    background: none;
    color: var(--primary-text-color);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    min-height: 36px;
    padding: 0 8px;
    cursor: pointer;
  }
  .date-field .calendar-pop {
    position: absolute;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: 10;
    padding: 8px;
    background: var(--card-background-color, #fff);
    color: var(--primary-text-color);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 8px;
    box-shadow: 0 4px 12px rgba(0, 0, 0, 0.2);
  }
  .date-field .calendar-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-bottom: 4px;
  }
  .date-field .calendar-title {
    font-weight: 500;
  }
  .date-field .calendar-pop table {
    border-collapse: collapse;
  }
  .date-field .calendar-pop th {
    font-size: 12px;
    font-weight: 400;
    color: var(--secondary-text-color);
    padding: 2px 0;
  }
  .date-field .calendar-pop td {
    padding: 1px;
    text-align: center;
  }
  .date-field .calendar-pop button {
    min-width: 36px;
    min-height: 36px;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .date-field .calendar-pop button:hover,
  .date-field .calendar-pop button:focus-visible {
    background: var(--secondary-background-color, #eee);
  }
  .date-field .calendar-pop button.day[aria-pressed="true"] {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
  }
`;
