// The page's and the cards' texts in Encore's five languages. Home Assistant's
// backend translations cover the integration (flows, entities, errors); these
// are the frontend's, served with the bundles so a card shows its words
// without asking Home Assistant.
import en from "./translations/en.json";

type Tree = { [key: string]: string | Tree };

/**
 * The languages Encore speaks. English is bundled (every text falls back to
 * it); the others load when a user speaks them, each a chunk of its own, so
 * a dashboard's cards carry one language's words, not five (issue 44.4).
 */
const LOADERS: Record<string, () => Promise<{ default: Tree }>> = {
  de: () => import("./translations/de.json"),
  nl: () => import("./translations/nl.json"),
  fr: () => import("./translations/fr.json"),
  es: () => import("./translations/es.json"),
};

/** The languages loaded so far, by code. */
export const LANGUAGES: Record<string, Tree> = { en };

/** Every language Encore speaks. */
export const CODES = ["en", ...Object.keys(LOADERS)];

const loading = new Map<string, Promise<void>>();

/** Whether `lang`'s texts are there to be shown (English always is). */
export function languageReady(lang: string | undefined): boolean {
  return language(lang) in LANGUAGES;
}

/** Load `lang`'s texts (once); a language that fails to load leaves English. */
export function loadLanguage(lang: string | undefined): Promise<void> {
  const code = language(lang);
  if (code in LANGUAGES) {
    return Promise.resolve();
  }
  let pending = loading.get(code);
  if (!pending) {
    pending = LOADERS[code]()
      .then((module) => {
        LANGUAGES[code] = module.default;
      })
      .catch(() => {
        LANGUAGES[code] = en;
      });
    loading.set(code, pending);
  }
  return pending;
}

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
  return CODES.includes(base) ? base : "en";
}

/** How a count is written: the language's way unless the user's profile says otherwise. */
export type WriteNumber = (value: number) => string;

/**
 * The text of `key` in `lang` (English when a translation lacks it, the key
 * when English does too), with its placeholders filled in; numbers are
 * written by `write` (the user's number format), else as the language does.
 */
export function localize(
  lang: string,
  key: string,
  placeholders: Record<string, string | number> = {},
  write?: WriteNumber,
): string {
  const wanted = language(lang);
  const found = LANGUAGES[wanted] ? lookup(LANGUAGES[wanted], key) : undefined;
  const text = found ?? lookup(en, key) ?? key;
  return formatMessage(text, placeholders, found === undefined ? "en" : wanted, write);
}

/** Where the brace opened at `open` closes (nested braces counted), or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === "{") {
      depth += 1;
    } else if (text[index] === "}") {
      depth -= 1;
      if (depth === 0) {
        return index;
      }
    }
  }
  return -1;
}

/** The `=0 {…} one {…} other {…}` choices of a plural argument. */
function choices(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const open = match.index + match[0].length - 1;
    const end = closing(text, open);
    if (end < 0) {
      break;
    }
    found.set(match[1], text.slice(open + 1, end));
    pattern.lastIndex = end + 1;
  }
  return found;
}

/**
 * Fill a message in ICU MessageFormat's syntax, the one Home Assistant's own
 * translations use: `{name}` and `{count, plural, =0 {…} one {# day} other
 * {# days}}`, the form chosen by the language's plural rules (Intl.PluralRules)
 * and `#` written as the language writes numbers (or as `write` does). A
 * number given for a plain placeholder is written the same way ("1,234
 * plays", never "1234"); a placeholder without a value stays as it is, so a
 * missing one shows in tests.
 */
export function formatMessage(
  text: string,
  values: Record<string, string | number>,
  lang = "en",
  write: WriteNumber = (value) => value.toLocaleString(lang),
): string {
  let out = "";
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf("{", index);
    if (open < 0) {
      out += text.slice(index);
      break;
    }
    out += text.slice(index, open);
    const end = closing(text, open);
    if (end < 0) {
      out += text.slice(open);
      break;
    }
    const inner = text.slice(open + 1, end);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (plural && plural[1] in values) {
      const count = Number(values[plural[1]]);
      const forms = choices(plural[2]);
      const form =
        forms.get(`=${count}`) ?? forms.get(new Intl.PluralRules(lang).select(count)) ?? forms.get("other") ?? "";
      out += formatMessage(form.replace(/#/g, write(count)), values, lang, write);
    } else {
      const name = inner.trim();
      const value = values[name];
      out += value === undefined ? text.slice(open, end + 1) : typeof value === "number" ? write(value) : value;
    }
    index = end + 1;
  }
  return out;
}

/** Every key of a translation tree, dotted. */
export function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

/** The placeholders a text uses (plain and plural), sorted, each once. */
export function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\s*(\w+)\s*(?:\}|,\s*plural\b)/g)].map((match) => match[1]);
  return [...new Set(names)].sort();
}

export function textOf(tree: Tree, key: string): string | undefined {
  return lookup(tree, key);
}
