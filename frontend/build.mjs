// Bundles the listening page and the cards into ES modules that Encore serves
// (custom_components/encore/www), so HACS users need no Node. The output is
// deterministic: scripts/test rebuilds it and compares with what is committed.
// `--tests` bundles test/*.test.ts into .test-build/ for `node --test`;
// `--check` builds into a temporary folder and fails when the committed
// bundle differs. What the page and the cards share (Lit, the formats, the
// words, the styles) is one chunk both import, named by its content's hash,
// so a browser that loaded the cards reuses it for the page and a new
// version is never read from a cache. Each language but English is a chunk
// of its own too, loaded by those who speak it.
import { build } from "esbuild";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OUT = "../custom_components/encore/www";
/** A chunk's name (the shared code, a language's words); the hash is of its content. */
const CHUNK = /^encore-(chunk|shared)-[A-Z0-9]{8}\.js$/;

const common = {
  bundle: true,
  format: "esm",
  target: "es2021",
  legalComments: "none",
  logLevel: "warning",
};

if (process.argv.includes("--tests")) {
  rmSync(".test-build", { recursive: true, force: true });
  await build({
    ...common,
    platform: "node",
    entryPoints: readdirSync("test")
      .filter((name) => name.endsWith(".test.ts"))
      .map((name) => `test/${name}`),
    outdir: ".test-build",
    outExtension: { ".js": ".mjs" },
  });
} else {
  const check = process.argv.includes("--check");
  const outdir = check ? mkdtempSync(join(tmpdir(), "encore-bundle-")) : OUT;
  if (!check) {
    // An earlier build's chunks, under their old hashes, go.
    for (const name of readdirSync(OUT).filter((name) => CHUNK.test(name))) {
      rmSync(join(OUT, name));
    }
  }
  await build({
    ...common,
    minify: true,
    splitting: true,
    chunkNames: "encore-chunk-[hash]",
    entryPoints: {
      "encore-panel": "src/panel.ts",
      "encore-cards": "src/cards.ts",
    },
    outdir,
  });
  if (check) {
    const built = readdirSync(outdir);
    const stale = built.filter(
      (name) => !existsSync(join(OUT, name)) || !readFileSync(join(outdir, name)).equals(readFileSync(join(OUT, name))),
    );
    // A committed chunk no build makes any more.
    stale.push(...readdirSync(OUT).filter((name) => name.endsWith(".js") && !built.includes(name)));
    rmSync(outdir, { recursive: true, force: true });
    if (stale.length) {
      console.error(`The committed bundle is not what frontend/ builds: ${stale.join(", ")}. Run: cd frontend && npm run build`);
      process.exit(1);
    }
    console.log("frontend: the committed bundle equals a fresh build");
  }
}
