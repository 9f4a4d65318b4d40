"""An Erfurter's, a night nurse's and a Düsseldorf influencer's German (issue 45's seventy-fourth turn).

Blind round thirteen's writers 503, 504 and 506 got no answer, or an
answer for all time:

- Thuringia (503) says "vorsch Woche" (the week before now: last week)
  with no ending, which Saxony's "vorschde Woche" rule never read, so
  "welches Album ... vorsch Woche" asked back and "Daft Punk, wie oft
  lief'n die vorsch Woche" read "vorsch Woche" as part of the name;
  "gehürt" and "uffgehürt" (gehört, aufgehört), "Liedl" (Lied),
  "ieberhaupt ma" (at all, left out), and "mir beede" (wir beide, said
  after a "we" question: who, said again) are read plainly here. A year
  said first as one word ("zweitausendfünfundzwanzsch, wie viele ...")
  had been dropped as a remark, because "zwanzsch" is no number: the
  question was answered for all time, a wrong fact.
- A nurse on nights (504) says when she listens by her shift: "heut früh
  nach der Schicht". Beside a period the shift is only how she remembers
  it (as a meal is, `periods.MEAL_TIMES`): the period is asked. Alone,
  `periods.TIME_STARTS` leaves "nach der Schicht" unread and Encore asks
  back. Her clipped "eher nachts oder tagsüber. beim Hören." compares the
  day's parts; "tagsüber" is the morning and the afternoon.
- An influencer (506) asks "von welchem Artist war ich ... so obsessed":
  whom she played most.

Each rule changes only words these speakers say; a command ("Wecker um
viere, nach der Schicht nochmal stellen") keeps its words and asks nothing.
"""

import re

from .rules import rewrite

# "Vorsch" with no ending before the period it qualifies: the noun's own
# form of "letzt-" (last week, last month, last Friday).
_VORSCH_NOUN = {
    "woche": "letzte",
    "wochenende": "letztes",
    "jahr": "letztes",
    "monat": "letzten",
    "montag": "letzten",
    "dienstag": "letzten",
    "mittwoch": "letzten",
    "donnerstag": "letzten",
    "freitag": "letzten",
    "samstag": "letzten",
    "sonnabend": "letzten",
    "sonntag": "letzten",
}
_VORSCH = re.compile(r"\bvorsch (" + "|".join(_VORSCH_NOUN) + r")\b", re.IGNORECASE)

# A period these speakers say beside a shift or "vorhin": the period stays.
_PERIOD_DE = (
    r"(?:heute?|heut|gestern|vorgestern|letzte nacht|heute? nacht|heute? früh"
    r"|heute? morgen|heute? abend|gestern abend|gestern früh|gestern nacht)"
)
_SHIFT = (
    r"(?:nach|vor|während|in) (?:der|meiner|dem|meinem|'?ner) "
    r"(?:\w*schicht|\w*dienst|pause)"
)
# The day's parts a comparison names, "tagsüber" compared with them.
_PART = r"(?:nachts|abends|morgens|vormittags|nachmittags)"

_RULES: tuple[tuple[str, str], ...] = (
    # Thuringia's words of hearing and of songs (503).
    (r"\b(?:uff|uf|auf)geh[üö]rt\b", "aufgehört"),
    (r"\bgehürt\b", "gehört"),
    (r"\bliedl\b", "Lied"),
    (r"\bliedln\b", "Lieder"),
    # "Ieberhaupt ma" (at all) in a yes-or-no question asks nothing more:
    # left out, so the name after it is the name alone.
    (r"\bieberhaupt(?: mal?)? (?=\w)", ""),
    (r"\büberhaupt ma (?=\w)", ""),
    (r"\bieberhaupt\b", "überhaupt"),
    # "Mir beede" said after the question: who listened, said again.
    (r",? (?:mir|wir) (?:beede|beide)\W*$", ""),
    # A number's "-zig" said "-zsch": "fünfundzwanzsch", "zwanzsch".
    (r"(?<=\w)(zwan|dreiß|vier|fünf|sech|sieb|acht|neun)zsch\b", r"\1zig"),
    (r"\b(zwan|dreiß|vier|fünf|sech|sieb|acht|neun)zsch\b", r"\1zig"),
    # The nurse's shift beside a period (504): the period is asked.
    (rf"\b({_PERIOD_DE}),? {_SHIFT}\b", r"\1"),
    (rf"\b{_SHIFT},? ({_PERIOD_DE})\b", r"\1"),
    # "Eher nachts oder tagsüber. beim Hören.": which part of the day she
    # listens in, the question said without its verb.
    (r"\. beim hören\W*$", ""),
    (rf"\btagsüber oder ({_PART})\b", r"morgens oder nachmittags oder \1"),
    (rf"\b({_PART}) oder tagsüber\b", r"\1 oder morgens oder nachmittags"),
    (
        rf"^(?:eher|mehr) ({_PART} oder {_PART}(?: oder {_PART})?)\W*$",
        r"höre ich eher \1",
    ),
    # The influencer's "von welchem Artist war ich so obsessed" (506).
    (
        (
            r"^von (?:welchem|welcher) (artist|künstler|band|interpret|sänger|song|lied"
            r"|album)\w* (?:war|bin) (?:ich|isch) (.*?)\b(?:so |voll |literally |mega )?"
            r"obsessed\W*$"
        ),
        r"welchen \1 habe ich \2 am meisten gehört",
    ),
    (
        (
            r"^von wem (?:war|bin) (?:ich|isch) (.*?)\b(?:so |voll |literally |mega )?"
            r"obsessed\W*$"
        ),
        r"wen habe ich \1 am meisten gehört",
    ),
)


def said_in_thuringia_or_on_nights(text: str) -> str:
    """Return `text` with these speakers' words said in standard German."""
    text = _VORSCH.sub(
        lambda m: f"{_VORSCH_NOUN[m.group(1).lower()]} {m.group(1)}", text
    )
    return " ".join(rewrite(_RULES, text, re.IGNORECASE).split())
