// A date as the user writes it (issue 43.15): the browser's own date input
// shows the browser's language ("mm/dd/yyyy" on a German page), so the
// page's date fields are text in the user's profile's order and language
// ("10.03.2025"), with a calendar button that opens the browser's picker.
// Rendered without a shadow root: the text field belongs to its form.
import { LitElement, css, html, nothing, type TemplateResult } from "lit";
import type { HomeAssistant } from "./api";
import { language, localize } from "./i18n";
import { dayInputText, parseDayInput } from "./profile";

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
  };

  hass?: HomeAssistant;
  /** The field's name in its form: the form reads the text, parsed with `parseDayInput`. */
  name = "";
  /** The day shown, "2025-03-10". */
  value = "";
  label = "";
  required = false;
  disabled = false;

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
    const picker = this.querySelector<HTMLInputElement>("input[type=date]");
    try {
      picker?.showPicker();
    } catch {
      picker?.focus();
    }
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
        ?disabled=${this.disabled}
        @click=${() => this._open()}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            fill="currentColor"
            d="M19 19H5V8h14m-3-7v2H8V1H6v2H5c-1.11 0-2 .89-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2h-1V1"
          />
        </svg></button
      ><input
        type="date"
        class="picker"
        tabindex="-1"
        aria-hidden="true"
        .value=${this.value}
        @change=${(event: Event) => this._choose((event.target as HTMLInputElement).value)}
      />
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
  /* The browser's own picker, opened by the button: present, never seen. */
  .date-field input.picker {
    position: absolute;
    inset-inline-end: 0;
    bottom: 0;
    width: 1px;
    height: 1px;
    min-height: 0;
    padding: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }
`;
