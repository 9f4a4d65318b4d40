"""Write the keyword gate of Encore's sentence files from one word list per language.

Every block of `voice/sentences/<language>.yaml` carries hassil's
`required_keywords`, so Home Assistant's recogniser tries Encore's sentences
only for a sentence holding one of the words a listening question holds
(issue 45; the voice README's "Why the net holds"). hassil matches the words
as said, so each is listed in lower case, capitalised, with each part of a
hyphened word capitalised, and in upper case. The words themselves are kept
one per line, lower case, in `scripts/listening_words/<language>.txt`; this
writes the list every block shares (the anchor `&listening_words` on the first
block, aliased on the rest) from that file.

    scripts/gate            rewrite the gate of en.yaml and de.yaml from the word lists
    scripts/gate --check    exit 1 when a sentence file's gate is not its word list's

`tests/voice/test_keyword_gate.py` runs the check and holds every question of
every corpus to the gate.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
import re
import sys
import textwrap

ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / "scripts/listening_words"
SENTENCES = ROOT / "custom_components/encore/voice/sentences"
LANGUAGES = ("en", "de")
_GATE = re.compile(
    r"(?P<head>^ *required_keywords: &listening_words \[\n)(?P<list>.*?)(?P<tail>^ *\]\n)",
    re.MULTILINE | re.DOTALL,
)
_INDENT = " " * 10


def words(language: str) -> list[str]:
    """Return the language's listening words, lower case and sorted ("#" comments a line).

    Lower case, not case-folded: folding would make "größte" "grösste", which
    the recogniser, matching as said, never sees.
    """
    lines = (WORDS / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return sorted(
        {
            line.strip().lower()
            for line in lines
            if line.strip() and not line.lstrip().startswith("#")
        }
    )


def said(word_list: Iterable[str]) -> list[str]:
    """Return each word as the recogniser may see it, in the order of the word list."""
    forms: dict[str, None] = {}
    for word in word_list:
        capitalised = word[:1].upper() + word[1:]
        hyphened = "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
        for form in (word, capitalised, hyphened, word.upper()):
            forms.setdefault(form, None)
    return list(forms)


def _quoted(form: str) -> str:
    return '"' + form.replace("\\", "\\\\").replace('"', '\\"') + '"'


def gate_lines(language: str) -> str:
    """Return the flow list of the gate as the sentence file holds it."""
    flow = ", ".join(_quoted(form) for form in said(words(language)))
    wrapped = textwrap.wrap(
        flow, width=88, break_long_words=False, break_on_hyphens=False
    )
    return "".join(f"{_INDENT}{line}\n" for line in wrapped)


def written(language: str) -> str:
    """Return the sentence file's text with its gate written from the word list."""
    path = SENTENCES / f"{language}.yaml"
    text = path.read_text(encoding="utf-8")
    match = _GATE.search(text)
    if match is None:
        raise SystemExit(f"{path}: no `required_keywords: &listening_words [` list")
    return (
        text[: match.start("list")] + gate_lines(language) + text[match.end("list") :]
    )


def main(argv: list[str] | None = None) -> int:
    """Rewrite or check each language's gate; 1 when a check finds one differing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say what differs")
    arguments = parser.parse_args(argv)
    differing = []
    for language in LANGUAGES:
        path = SENTENCES / f"{language}.yaml"
        text = written(language)
        if text == path.read_text(encoding="utf-8"):
            continue
        if arguments.check:
            differing.append(path)
            print(f"{path.name}: its gate is not {language}.txt's; run scripts/gate")
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: gate written ({len(words(language))} words)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
