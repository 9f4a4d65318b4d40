import assert from "node:assert/strict";
import { before, test } from "node:test";
import { isScrobbleImport } from "../src/api";
import { LANGUAGES, formatMessage, keys, language, localize, placeholders, textOf, CODES, loadLanguage } from "../src/i18n";

// Every language, not only English (the page loads the user's when it is needed).
before(() => Promise.all(CODES.map(loadLanguage)));

test("every language has every English key, with the same placeholders", () => {
  const english = LANGUAGES.en;
  const wanted = keys(english).sort();
  for (const [code, tree] of Object.entries(LANGUAGES)) {
    assert.deepEqual(keys(tree).sort(), wanted, `${code}: keys differ from English`);
    for (const key of wanted) {
      assert.deepEqual(
        placeholders(textOf(tree, key) ?? ""),
        placeholders(textOf(english, key) ?? ""),
        `${code}: ${key} changes its placeholders`,
      );
    }
  }
});

test("five languages, regional variants fall back to the base", () => {
  assert.deepEqual(Object.keys(LANGUAGES).sort(), ["de", "en", "es", "fr", "nl"]);
  assert.equal(language("de-CH"), "de");
  assert.equal(language("pt-BR"), "en");
  assert.equal(language(undefined), "en");
});

test("placeholders are filled, unknown keys show themselves", () => {
  assert.equal(localize("en", "top.plays", { plays: 3 }), "3 plays");
  assert.equal(localize("en", "no.such.key"), "no.such.key");
  assert.equal(localize("en", "top.plays"), "{plays, plural, one {# play} other {# plays}}");
});

test("plurals through ICU message syntax, by each language's rules (issue 33.7)", () => {
  assert.equal(localize("en", "tile.streak_days", { days: 1 }), "1 day");
  assert.equal(localize("en", "tile.streak_days", { days: 0 }), "0 days");
  assert.equal(localize("en", "top.plays", { plays: 1 }), "1 play");
  assert.equal(localize("en", "top.plays", { plays: 12345 }), "12,345 plays");
  assert.equal(localize("de", "tile.streak_days", { days: 1 }), "1 Tag");
  assert.equal(localize("de", "tile.streak_days", { days: 2 }), "2 Tage");
  assert.equal(localize("de", "top.plays", { plays: 1 }), "1 Wiedergabe");
  assert.equal(localize("de", "top.plays", { plays: 1234 }), "1.234 Wiedergaben");
  assert.equal(localize("fr", "top.plays", { plays: 1 }), "1 écoute");
  assert.equal(localize("es", "tile.streak_days", { days: 1 }), "1 día");
  assert.equal(localize("en", "import.completed", { imported: 1, duplicates: "0", replaced: "0" }), "Imported 1 play (0 already known, 0 replaced).");
});

test("formatMessage: exact forms first, nested placeholders, unknown ones kept", () => {
  const text = "{n, plural, =0 {no plays of {who}} one {# play of {who}} other {# plays of {who}}}";
  assert.equal(formatMessage(text, { n: 0, who: "Ada" }, "en"), "no plays of Ada");
  assert.equal(formatMessage(text, { n: 1, who: "Ada" }, "en"), "1 play of Ada");
  assert.equal(formatMessage(text, { n: 2, who: "Ada" }, "en"), "2 plays of Ada");
  assert.equal(formatMessage("{a} and {b}", { a: 1 }), "1 and {b}");
  assert.deepEqual(placeholders(text), ["n", "who"]);
});

test("every plural in every language names an `other` form", () => {
  for (const [code, tree] of Object.entries(LANGUAGES)) {
    for (const key of keys(tree)) {
      const text = textOf(tree, key) ?? "";
      if (text.includes(", plural,")) {
        assert.match(text, /other \{/, `${code}: ${key}`);
        const values = Object.fromEntries(placeholders(text).map((name) => [name, 3]));
        assert.doesNotMatch(formatMessage(text, values, code), /[{}]/, `${code}: ${key}`);
      }
    }
  }
});

test("the page is called as the sidebar calls it; German's timeline is not Home Assistant's History (43.16)", () => {
  for (const lang of ["en", "de", "es", "fr", "nl"]) {
    // The sidebar's title is the name, the same in every language (wiring/panel.py).
    assert.equal(localize(lang, "title"), "Encore");
  }
  assert.notEqual(localize("de", "nav.timeline"), "Verlauf");
});

// A count of one is singular, of two plural, in every sentence of every
// language (issue 43.16: "99 min · 1 plays", "1 Wiedergaben").
const PLURAL_NOUNS: Record<string, RegExp> = {
  en: /\b1 (plays|days|rows|songs|artists|minutes|shows|files|gaps|new artists)\b/,
  de: /\b1 (Wiedergaben|Tage|Zeilen|Minuten|Sendungen|Dateien|Lücken|neue)\b/,
  es: /\b1 (reproducciones|días|filas|canciones|minutos|programas|archivos|huecos)\b/,
  fr: /\b1 (écoutes|jours|lignes|titres|artistes|minutes|émissions|fichiers|trous|nouveaux)\b/,
  nl: /\b1 (dagen|rijen|nummers|artiesten|minuten|bestanden|gaten|afspelingen)\b/,
};

test("no sentence says '1 plays': counts take the language's plural rules (43.16)", () => {
  for (const [code, tree] of Object.entries(LANGUAGES)) {
    for (const key of keys(tree)) {
      const text = textOf(tree, key) ?? "";
      const one = formatMessage(text, Object.fromEntries(placeholders(text).map((name) => [name, 1])), code);
      assert.doesNotMatch(one, PLURAL_NOUNS[code], `${code}: ${key}: ${one}`);
    }
  }
  assert.equal(localize("en", "recap.entry_sub", { minutes: 99, plays: 1 }), "99 min · 1 play");
  assert.equal(localize("de", "recap.entry_sub", { minutes: 99, plays: 1 }), "99 Min. · 1 Wiedergabe");
  assert.equal(localize("de", "recap.counts", { plays: 1234, songs: 1, artists: 2 }), "1.234 Wiedergaben · 1 Titel · 2 Künstler");
  assert.equal(localize("fr", "data.purge_done", { deleted: 1 }), "1 écoute supprimée.");
});

test("numbers in a sentence are written in the user's number format", () => {
  const swiss = (value: number) => value.toLocaleString("en-US").replace(",", "'");
  assert.equal(localize("en", "data.purge_done", { deleted: 12345 }, swiss), "Deleted 12'345 plays.");
  assert.equal(localize("en", "data.purge_done", { deleted: 12345 }), "Deleted 12,345 plays.");
  assert.equal(localize("en", "recap.entry_sub", { minutes: 1234, plays: 2 }), "1,234 min · 2 plays");
});

test("German names songs one way on the page and the cards: Titel, as Home Assistant's media browser (43.16)", () => {
  for (const key of keys(LANGUAGES.de)) {
    assert.doesNotMatch(textOf(LANGUAGES.de, key) ?? "", /\bSongs?\b/, key);
  }
  assert.equal(localize("de", "tile.tracks"), "Titel");
  assert.equal(localize("de", "recap.top_songs"), "Top-Titel");
});

test("a scrobble import's completion names what was held, joined and new (issue 47)", () => {
  for (const source of ["lastfm:ada", "listenbrainz:bea", "listenbrainz_export:listens.zip"]) {
    assert.ok(isScrobbleImport(source), source);
  }
  for (const source of [undefined, "", "spotify_export", "lastfmish"]) {
    assert.ok(!isScrobbleImport(source), String(source));
  }
  const text = localize("en", "import.completed_scrobbles", {
    imported: 2,
    already_held: 1200,
    joined: 3,
    new_songs: 4,
    skipped: 0,
  });
  assert.equal(
    text,
    "Imported 2 new plays: 1,200 already held, 3 matched to known songs by name, 4 new songs, 0 skipped.",
  );
});
