// The bundle budget (issue 33.11): ECharts' core, bar series, grid, tooltip
// and SVG renderer are what the page's charts need; importing `echarts` whole
// (every chart type, the canvas renderer: over 1 MB) breaks the budget.
// The cards draw no ECharts chart and must not carry it.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
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

/** The chunks a bundle imports (`./encore-shared-….js`), each once. */
function imported(name: string): string[] {
  const text = readFileSync(`${WWW}/${name}`, "utf8");
  return [...new Set([...text.matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)].map((match) => match[1]))];
}

/** What a browser loads for a bundle: the bundle and the chunks it imports. */
function loaded(name: string): Buffer {
  return Buffer.concat([name, ...imported(name)].map((file) => readFileSync(`${WWW}/${file}`)));
}

test("the committed bundles stay within their budget", () => {
  // A bundle's budget counts the shared chunk it loads (issue 44.4): moving
  // code into the chunk does not make the page lighter.
  for (const [name, budget] of Object.entries(BUDGET)) {
    const bundle = loaded(name);
    assert.ok(bundle.length <= budget.minified, `${name}: ${bundle.length} bytes > ${budget.minified}`);
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    assert.ok(gzipped <= budget.gzipped, `${name}: ${gzipped} bytes gzipped > ${budget.gzipped}`);
  }
});

test("ECharts is in the page's bundle only", () => {
  const panel = loaded("encore-panel.js").toString("utf8");
  const cards = loaded("encore-cards.js").toString("utf8");
  assert.match(panel, /_echarts_instance_/);
  assert.doesNotMatch(cards, /_echarts_instance_/);
});

test("the page and the cards share one chunk, not copies (issue 44.4)", () => {
  const shared = imported("encore-cards.js");
  assert.equal(shared.length, 1, `the cards import ${shared.join(", ")}`);
  assert.deepEqual(imported("encore-panel.js"), shared);
  // Lit, the words and the formats are in the chunk, and in no bundle beside it.
  const files = readdirSync(WWW).filter((name) => name.endsWith(".js"));
  for (const marker of ["litElementVersions", "Wiedergaben", "< 1 %"]) {
    const holding = files.filter((name) => readFileSync(`${WWW}/${name}`, "utf8").includes(marker));
    assert.deepEqual(holding, shared, `${marker} is in ${holding.join(", ")}`);
  }
  // Every committed file is one a bundle loads: no stale chunk is served.
  assert.deepEqual(files.sort(), ["encore-cards.js", "encore-panel.js", ...shared].sort());
});
