import assert from "node:assert/strict";
import { test } from "node:test";
import { usableImage } from "../src/artwork";

test("only https images are shown", () => {
  assert.equal(usableImage("https://i.scdn.co/image/ab67616d0000b273"), true);
  assert.equal(usableImage(""), false);
  assert.equal(usableImage(null), false);
  assert.equal(usableImage(undefined), false);
  assert.equal(usableImage("http://i.scdn.co/image/x"), false);
  assert.equal(usableImage("javascript:alert(1)"), false);
});
