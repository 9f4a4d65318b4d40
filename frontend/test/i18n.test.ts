import assert from "node:assert/strict";
import { test } from "node:test";
import { isScrobbleImport } from "../src/api";
import { LANGUAGES, formatMessage, keys, language, localize, placeholders, textOf } from "../src/i18n";

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
        assert.doesNotMatch(formatMessage(text, { days: 3, plays: 3, imported: 3, files: 3, count: 3, duplicates: 0, replaced: 0, already_held: 0, joined: 0, new_songs: 0, skipped: 0 }, code), /[{}]/, `${code}: ${key}`);
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

test("a scrobble import's completion names what was held, joined and new (issue 47)", () => {
  for (const source of ["lastfm:ada", "listenbrainz:bea", "listenbrainz_export:listens.zip"]) {
    assert.ok(isScrobbleImport(source), source);
  }
  for (const source of [undefined, "", "spotify_export", "lastfmish"]) {
    assert.ok(!isScrobbleImport(source), String(source));
  }
  const text = localize("en", "import.completed_scrobbles", {
    imported: 2,
    already_held: "1,200",
    joined: 3,
    new_songs: 4,
    skipped: 0,
  });
  assert.equal(
    text,
    "Imported 2 new plays: 1,200 already held, 3 joined songs known by name, 4 new songs, 0 skipped.",
  );
});
