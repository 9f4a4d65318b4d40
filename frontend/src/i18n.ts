// The page's and the cards' texts in Encore's five languages. Home Assistant's
// backend translations cover the integration (flows, entities, errors); these
// are the frontend's, bundled so a card shows its words without a round trip.
import de from "./translations/de.json";
import en from "./translations/en.json";
import es from "./translations/es.json";
import fr from "./translations/fr.json";
import nl from "./translations/nl.json";

type Tree = { [key: string]: string | Tree };

export const LANGUAGES: Record<string, Tree> = { en, de, nl, fr, es };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") {
      return undefined;
    }
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** The language Encore speaks for a Home Assistant language ("de-CH" → "de"). */
export function language(wanted: string | undefined): string {
  const base = (wanted ?? "en").toLowerCase().split("-")[0];
  return base in LANGUAGES ? base : "en";
}

/**
 * The text of `key` in `lang` (English when a translation lacks it, the key
 * when English does too), with `{name}` placeholders filled in.
 */
export function localize(lang: string, key: string, placeholders: Record<string, string | number> = {}): string {
  const text = lookup(LANGUAGES[language(lang)], key) ?? lookup(en, key) ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in placeholders ? String(placeholders[name]) : whole,
  );
}

/** Every key of a translation tree, dotted. */
export function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

/** The placeholders a text uses, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

export function textOf(tree: Tree, key: string): string | undefined {
  return lookup(tree, key);
}
