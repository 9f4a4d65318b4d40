// Looks like Home Assistant: its theme variables (light and dark follow the
// theme), its card shape, and a layout that works from 375 px up.
import { css } from "lit";

export const shared = css`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  .card {
    background: var(--ha-card-background, var(--card-background-color, #fff));
    border-radius: var(--ha-card-border-radius, 12px);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    box-sizing: border-box;
    min-width: 0;
  }
  h2 {
    font-size: 1.1rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
    gap: 12px;
  }
  .tile {
    container-type: inline-size;
    min-width: 0;
  }
  .tile .value {
    /* "1,233 h 18 min" stays on one line: the figure shrinks with its tile. */
    font-size: clamp(1rem, 13cqi, 1.6rem);
    font-weight: 500;
    line-height: 1.2;
    white-space: nowrap;
  }
  .tile .label {
    color: var(--secondary-text-color);
    font-size: 0.85rem;
  }
  svg.bars rect {
    fill: var(--primary-color);
  }
  /* The grid scales to its card; its words stay readable (at least 11 px). */
  .heatmap-box {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-areas: ". hours" "days grid" ". legend";
    column-gap: 6px;
    row-gap: 2px;
    max-width: 560px;
    font-size: 12px;
    color: var(--secondary-text-color);
  }
  .heatmap-hours {
    grid-area: hours;
    position: relative;
    height: 1.3em;
  }
  .heatmap-hours span {
    position: absolute;
    top: 0;
  }
  .heatmap-days {
    grid-area: days;
    display: grid;
    grid-template-rows: repeat(7, 1fr);
    align-items: center;
  }
  svg.heatmap {
    grid-area: grid;
    width: 100%;
    display: block;
  }
  svg.heatmap rect.on {
    fill: var(--primary-color);
  }
  svg.heatmap rect.off {
    fill: var(--secondary-background-color, #eee);
  }
  .heatmap-legend {
    grid-area: legend;
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 3px;
    margin-top: 6px;
  }
  .heatmap-legend span:first-child {
    margin-inline-end: 3px;
  }
  .heatmap-legend span:last-child {
    margin-inline-start: 3px;
  }
  .heatmap-legend .swatch {
    width: 12px;
    height: 12px;
    border-radius: 2px;
  }
  .heatmap-legend .swatch.on {
    background: var(--primary-color);
  }
  .heatmap-legend .swatch.off {
    background: var(--secondary-background-color, #eee);
  }
  svg.bars {
    width: 100%;
    height: 160px;
    display: block;
  }
  svg.coverage {
    width: 100%;
    height: 14px;
  }
  svg.coverage .held {
    fill: var(--success-color, #43a047);
  }
  svg.coverage .gap {
    fill: var(--error-color, #db4437);
  }
  ol.top {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.top li {
    display: grid;
    grid-template-columns: 2ch 1fr auto;
    gap: 8px;
    align-items: baseline;
    padding: 6px 0;
    border-bottom: 1px solid var(--divider-color, #e0e0e0);
  }
  ol.top.with-art li {
    grid-template-columns: 2ch 40px 1fr auto;
    align-items: center;
  }
  .art {
    display: block;
    object-fit: cover;
    border-radius: 4px;
    background: var(--secondary-background-color, #e5e5e5);
  }
  .art.round {
    border-radius: 50%;
  }
  ol.top li:last-child {
    border-bottom: none;
  }
  ol.top .rank {
    color: var(--secondary-text-color);
  }
  ol.top .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  ol.top .by {
    color: var(--secondary-text-color);
    font-size: 0.85rem;
  }
  ol.top .figures {
    text-align: end;
    font-size: 0.85rem;
    color: var(--secondary-text-color);
    white-space: nowrap;
  }
  /* A share is a bar on its track: even 1 % reads as a bar, not a stray dot. */
  .share-track {
    height: 4px;
    margin-top: 4px;
    border-radius: 2px;
    background: var(--divider-color, rgba(0, 0, 0, 0.12));
    overflow: hidden;
  }
  .share {
    height: 100%;
    min-width: 4px;
    background: var(--primary-color);
    border-radius: 2px;
  }
  a,
  button.link {
    color: var(--primary-color);
    text-decoration: none;
    background: none;
    border: none;
    padding: 0;
    font: inherit;
    cursor: pointer;
    text-align: start;
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  button.action {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    border: none;
    border-radius: 18px;
    padding: 8px 16px;
    font: inherit;
    cursor: pointer;
  }
  button.action[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  button.danger {
    background: var(--error-color, #db4437);
    color: #fff;
    border: none;
    border-radius: 18px;
    padding: 8px 16px;
    font: inherit;
    cursor: pointer;
  }
  form.purge {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: end;
  }
  form.purge fieldset {
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .purge-plan {
    margin-top: 12px;
    padding: 12px;
    border-radius: 8px;
    border: 1px solid var(--error-color, #db4437);
  }
  .purge-plan button {
    margin-right: 8px;
  }
  select,
  input {
    background: var(--input-fill-color, var(--secondary-background-color, #f5f5f5));
    color: var(--primary-text-color);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    font: inherit;
    min-height: 36px;
    box-sizing: border-box;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.85rem;
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color, #db4437);
  }
  input[type="checkbox"],
  input[type="radio"] {
    min-height: 0;
    width: 18px;
    height: 18px;
    padding: 0;
    margin: 0;
    accent-color: var(--primary-color);
  }
  /* A choice sits beside its words. */
  label.check,
  fieldset > label {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
`;
