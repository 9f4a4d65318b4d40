// The bundle budget (issue 33.11): ECharts' core, bar series, grid, tooltip
// and SVG renderer are what the page's charts need; importing `echarts` whole
// (every chart type, the canvas renderer: over 1 MB) breaks the budget.
// The cards draw no ECharts chart and must not carry it.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { gzipSync } from "node:zlib";

const WWW = "../custom_components/encore/www";

/**
 * Bytes, minified: the page with ECharts' parts, the cards without, each with
 * the chunks it loads and the largest language besides English.
 * Issue 44.4 split the page and the cards over shared chunks and a chunk per
 * language: the page went from 628 KB to 614 KB, the cards from 75 KB to
 * 54 KB (43 KB in English), and the budgets came down with them. The page's
 * went up 2 KB for the timeline's word on a Last.fm scrobble a correction
 * cannot take back (issue 47).
 */
export const BUDGET = {
  "encore-panel.js": { minified: 622_000, gzipped: 210_000 },
  "encore-cards.js": { minified: 60_000, gzipped: 21_000 },
};

/** The chunks a file imports statically (`from"./encore-chunk-….js"`), theirs included, each once. */
function imported(name: string, seen = new Set<string>()): string[] {
  const text = readFileSync(`${WWW}/${name}`, "utf8");
  for (const [, chunk] of text.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) {
    if (!seen.has(chunk)) {
      seen.add(chunk);
      imported(chunk, seen);
    }
  }
  return [...seen];
}

/** The chunks a bundle loads when asked (`import("./….js")`): the languages' words. */
function onDemand(name: string): string[] {
  const files = [name, ...imported(name)];
  const found = files.flatMap((file) =>
    [...readFileSync(`${WWW}/${file}`, "utf8").matchAll(/import\(\s*"\.\/([\w.-]+\.js)"\s*\)/g)].map((match) => match[1]),
  );
  return [...new Set(found)];
}

/**
 * What a browser loads for a bundle: the bundle, the chunks it imports, and
 * the largest of the chunks it loads on demand (a user's language).
 */
function loaded(name: string): Buffer {
  const largest = onDemand(name)
    .map((file) => readFileSync(`${WWW}/${file}`))
    .sort((a, b) => b.length - a.length)[0];
  const files = [name, ...imported(name)].map((file) => readFileSync(`${WWW}/${file}`));
  return Buffer.concat(largest ? [...files, largest] : files);
}

test("the committed bundles stay within their budget", () => {
  // A bundle's budget counts the chunks it loads (issue 44.4), and a
  // language besides English: moving code into a chunk makes nothing lighter.
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

test("the page and the cards share their code, not copies; each language is a chunk (issue 44.4)", () => {
  const shared = imported("encore-cards.js");
  assert.ok(shared.length >= 1);
  assert.deepEqual(imported("encore-panel.js").sort(), shared.sort());
  const files = readdirSync(WWW).filter((name) => name.endsWith(".js"));
  // Lit, the formats and English are in the shared chunks, in no bundle beside them.
  for (const marker of ["litElementVersions", "< 1 %", "When you listen"]) {
    const holding = files.filter((name) => readFileSync(`${WWW}/${name}`, "utf8").includes(marker));
    assert.equal(holding.length, 1, `${marker} is in ${holding.join(", ")}`);
    assert.ok(shared.includes(holding[0]), `${marker} is in ${holding[0]}`);
  }
  // Each other language is a chunk of its own, loaded by the page and the cards on demand.
  const languages = onDemand("encore-cards.js");
  assert.deepEqual(onDemand("encore-panel.js").sort(), languages.sort());
  assert.equal(languages.length, 4);
  for (const word of ["Wiedergaben", "Chronologie", "reproducciones", "afspelingen"]) {
    const holding = files.filter((name) => readFileSync(`${WWW}/${name}`, "utf8").includes(word));
    assert.equal(holding.length, 1, `${word} is in ${holding.join(", ")}`);
    assert.ok(languages.includes(holding[0]), `${word} is in ${holding[0]}`);
  }
  // Every committed file is one a bundle loads: no stale chunk is served.
  assert.deepEqual(files.sort(), ["encore-cards.js", "encore-panel.js", ...shared, ...languages].sort());
});
