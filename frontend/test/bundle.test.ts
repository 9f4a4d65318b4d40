// The bundle budget (issue 33.11): ECharts' core, bar series, grid, tooltip
// and SVG renderer are what the page's charts need; importing `echarts` whole
// (every chart type, the canvas renderer: over 1 MB) breaks the budget.
// The cards draw no ECharts chart and must not carry it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { gzipSync } from "node:zlib";

const WWW = "../custom_components/encore/www";

/** Bytes, minified: the page with ECharts' parts, the cards without.
 * The page grew by 4 kB with whose each play is, in five languages (issue 46). */
export const BUDGET = {
  // 43.3-43.17 added the item breakdown, the profile's formats and five
  // languages' new sentences (3 KB), and issue 46 whose each play is (4 kB):
  // 640 KB keeps ECharts whole far out.
  "encore-panel.js": { minified: 640_000, gzipped: 214_000 },
  "encore-cards.js": { minified: 80_000, gzipped: 28_000 },
};

test("the committed bundles stay within their budget", () => {
  for (const [name, budget] of Object.entries(BUDGET)) {
    const bundle = readFileSync(`${WWW}/${name}`);
    assert.ok(bundle.length <= budget.minified, `${name}: ${bundle.length} bytes > ${budget.minified}`);
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    assert.ok(gzipped <= budget.gzipped, `${name}: ${gzipped} bytes gzipped > ${budget.gzipped}`);
  }
});

test("ECharts is in the page's bundle only", () => {
  const panel = readFileSync(`${WWW}/encore-panel.js`, "utf8");
  const cards = readFileSync(`${WWW}/encore-cards.js`, "utf8");
  assert.match(panel, /_echarts_instance_/);
  assert.doesNotMatch(cards, /_echarts_instance_/);
});
