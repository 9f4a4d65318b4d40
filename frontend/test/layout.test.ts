// Units a reader holds in one sitting (issue 44.4): no module of the page or
// the cards over 800 lines; each tab of the page is a module of its own.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";

const LIMIT = 800;

function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? modules(`${folder}/${entry.name}`)
      : entry.name.endsWith(".ts")
        ? [`${folder}/${entry.name}`]
        : [],
  );
}

test("no module of the frontend is over 800 lines", () => {
  const long = modules("src")
    .map((path) => [path, readFileSync(path, "utf8").split("\n").length] as const)
    .filter(([, lines]) => lines > LIMIT);
  assert.deepEqual(long, []);
});

test("each tab of the page is an element of its own", () => {
  const defined = modules("src").flatMap((path) =>
    [...readFileSync(path, "utf8").matchAll(/customElements\.define\("([\w-]+)"/g)].map((match) => match[1]),
  );
  for (const tab of ["encore-overview", "encore-item", "encore-timeline", "encore-recap", "encore-import", "encore-data"]) {
    assert.ok(defined.includes(tab), `${tab} is not defined`);
  }
});
