import assert from "node:assert/strict";
import { test } from "node:test";
import { LANGUAGES, keys, language, localize, placeholders, textOf } from "../src/i18n";

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
  assert.equal(localize("en", "top.plays"), "{plays} plays");
});
