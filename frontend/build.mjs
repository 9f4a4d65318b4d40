// Bundles the listening page and the cards into ES modules that Encore serves
// (custom_components/encore/www), so HACS users need no Node. The output is
// deterministic: scripts/test rebuilds it and compares with what is committed.
// `--tests` bundles test/*.test.ts into .test-build/ for `node --test`;
// `--check` builds into a temporary folder and fails when the committed
// bundle differs.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OUT = "../custom_components/encore/www";

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
  await build({
    ...common,
    minify: true,
    entryPoints: {
      "encore-panel": "src/panel.ts",
      "encore-cards": "src/cards.ts",
    },
    outdir,
  });
  if (check) {
    const stale = readdirSync(outdir).filter(
      (name) => !readFileSync(join(outdir, name)).equals(readFileSync(join(OUT, name), { flag: "r" })),
    );
    rmSync(outdir, { recursive: true, force: true });
    if (stale.length) {
      console.error(`The committed bundle is not what frontend/ builds: ${stale.join(", ")}. Run: cd frontend && npm run build`);
      process.exit(1);
    }
    console.log("frontend: the committed bundle equals a fresh build");
  }
}
