"""A Filipino nurse's Taglish in Leeds (issue 45's eighty-sixth turn, blind writer 574).

A fourth Taglish speaker (after `taglish_en`, `taglish_skips_en` and
`nurse_taglish_en`, which run later) puts Tagalog's words where those
readers did not look for them:

- the particles inside a count: "ilan na ba yung artists na napakinggan
  ko this year", "this afternoon ilang tunes na ba yung na play ko" (how
  many artists, how many tunes: "ba" and "na" between the words had kept
  the count unread);
- the ranking said as what "is most played" or "always played" by her:
  "yung singer or band na pinaka played ko, who is it", "ano yung album na
  lagi ko pinapatugtog nung august" (her top artist, her top album of
  August: "nung August" is in August, never one day "on August");
- "kailan last ko pinatugtog si X" (when did I last play X: the order of
  "last" and "ko" turned, the last song of all had been answered, a wrong
  fact), "ano yung kanta at eight o'clock this morning" (what was playing
  then), "ano yung song na naka repeat ko" (on repeat: a name had been
  looked for), "paulit ulit lang ba yung kanta ko" (the repeat rate),
  "ilang araw na ako straight nakikinig" (her streak), "kamusta yung music
  week ko" (her week's recap), "mas marami ba ako nakikinig sa hapon or sa
  gabi", "mas madami ba music ko pag weekend kesa weekdays" (the parts of
  the day or the week compared);
- the most skipped said as the one she likes least, with the skip said
  beside it: "yung kanta na pinaka ayaw ko, like the one i keep skipping"
  (without a skip said, "pinaka ayaw ko" asks nothing Encore holds);
- a reason told after the question, ", kasi my duty was crazy that month"
  (because ...: its "that month" is no time asked), and her shifts,
  ", even on night duty" (no night asked).

Only a sentence holding a word only Tagalog says (`_MARK`) is read, and each
rule needs Tagalog's own words around what it turns, so an English question
is left as it was said. It runs first of the English speakers' readers and
writes plain English, which `taglish_en` then leaves alone.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:ako|ko|kong|yung|ilan|ilang|kailan|ano|anong|sino|sinong|kasi|lagi|ayaw"
    r"|kamusta|kumusta|paulit|nung|noong|mas marami|mas madami|na play|pinaka"
    r"|napakinggan|pinakinggan|pinatugtog|pinapatugtog|nakikinig)\b",
    re.IGNORECASE,
)

# Her verbs of playing and hearing, Tagalog's and English's bare.
_VERB: Final = (
    r"(?:pinatugtog|pinapatugtog|pinakinggan|napakinggan|pinapakinggan|narinig"
    r"|na[- ]?play|nag[- ]?play|played|play|nakinig|pinlay)"
)
# The kinds she ranks or counts, and their English word.
_KINDS: Final = {
    "kanta": "song",
    "tugtog": "song",
    "banda": "band",
    "singer or band": "artist",
    "band or singer": "artist",
    "artist or band": "artist",
}
_KIND: Final = (
    r"(?P<kind>singer or band|band or singer|artist or band|kanta|tugtog|songs?|tracks?"
    r"|tunes?|albums?|artists?|singers?|bands?|banda|podcasts?|episodes?)"
)
# Particles between a count's words: already, the question's, the.
_BITS: Final = r"(?:\s+(?:na|ba|yung|ang|mga))*"
# The parts of the day and the week she compares, in English.
_PARTS: Final = {
    "umaga": "in the morning",
    "morning": "in the morning",
    "hapon": "in the afternoon",
    "afternoon": "in the afternoon",
    "gabi": "in the evening",
    "evening": "in the evening",
    "night": "at night",
    "weekend": "on weekends",
    "weekends": "on weekends",
    "weekdays": "on weekdays",
    "weekday": "on weekdays",
}
_PART: Final = (
    r"(?:sa |pag |tuwing |kapag )?(?P<{}>umaga|morning|hapon|afternoon|gabi|evening|night"
    r"|weekends?|weekdays?)"
)
_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)


def _kind(found: re.Match[str], *, many: bool = False) -> str:
    """Return the English word of the kind said, plural when counted."""
    said = found["kind"].lower()
    word = _KINDS.get(said, said.rstrip("s"))
    return f"{word}s" if many else word


def _counted(found: re.Match[str]) -> str:
    """Return "ilang tunes na ba yung na play ko" as "how many tunes did i play"."""
    who = "we" if found["who"].lower() in ("namin", "natin") else "i"
    return (
        f"how many {found['different'] or ''}{_kind(found, many=True)} did {who} play"
    )


def _compared(found: re.Match[str]) -> str:
    """Return the two parts compared as "do i listen more ... or ..."."""
    first, second = (_PARTS[found[part].lower()] for part in ("first", "second"))
    music = " to more music" if found["music"] else " more"
    return f"do i listen{music} {first} or {second}"


_LEEDS_NURSE_TAGLISH_EN: Final[tuple[Rule, ...]] = (
    # A reason told after the question ("kasi", because) and her shifts.
    (r",\s*kasi\b[^,?]*", ""),
    (
        r",?\s*\beven (?:on|during|after|before) (?:my |the |a )?(?:night |day |late |early )?(?:duty|shift)s?\b",
        "",
    ),
    # "Nung August": in August, the month (never one day "on August").
    (rf"\b(?:nung|noong) (?=(?:{_MONTH})\b)", "in "),
    # "ilan na ba yung artists na napakinggan ko": how many artists.
    (
        (
            rf"\b(?:ilang|ilan){_BITS} (?P<different>different |unique )?{_KIND}"
            rf"(?:\s+(?:na|ba|yung|ang))* {_VERB} (?P<who>ko|ako|namin|natin)\b"
        ),
        _counted,
    ),
    # Her ranking: "yung singer or band na pinaka played ko, who is it",
    # "ano yung album na lagi ko pinapatugtog" (always played: the most).
    (
        (
            rf"^(?:(?:ano|anong|sino|sinong)(?: ba)? )?(?P<lead>[^,]*,\s*)?(?:yung|ang) {_KIND} na"
            rf" (?:pinaka|pinaka madalas|lagi|palagi)(?: (?:ko|kong))? {_VERB}(?: (?:ko|kong))?"
            r"(?:,? (?:who is it|what is it|which one|ano yun|sino yun))?\b"
        ),
        lambda found: f"{found['lead'] or ''}which {_kind(found)} did i play the most",
    ),
    # The least liked, with a skip said beside it: the most skipped.
    (
        (
            rf"^(?:ano |sino )?(?:yung|ang) {_KIND} na pinaka ayaw ko,? (?:like )?the one"
            r" i (?:keep skipping|always skip|skip (?:the most|a lot|all the time))"
            r"(?:,? (?:ano yun|sino yun|which one))?\W*$"
        ),
        lambda found: f"which {_kind(found)} do i skip the most",
    ),
    # "kailan last ko pinatugtog si X": when did I last play X.
    (
        rf"^kailan (?P<w>last|huling|huli|first|unang|una) (?:ko|kong) {_VERB}(?: (?:si|yung|ang|kay|ng))?\b",
        lambda found: (
            "when did i "
            + ("last" if found["w"].lower() in ("last", "huling", "huli") else "first")
            + " play"
        ),
    ),
    # "ano yung usual oras ko na nakikinig": the hour she usually listens.
    (
        (
            r"^(?:ano|anong)(?: ba)? (?:yung )?(?:usual|madalas na|karaniwang) oras (?:ko|ako)"
            r"(?: (?:na|ng))? (?:nakikinig|makinig|nag ?music)\b"
        ),
        "what time do i usually listen",
    ),
    # "ano yung kanta at eight o'clock this morning": what was playing then.
    (
        (
            r"^(?:ano|anong)(?: ba)? (?:yung )?(?:kanta|song|tugtog|tune)"
            r"(?: (?:na|yung))?(?: tumutugtog| naka on| playing)? (?=(?:at|around) )"
        ),
        "what song was playing ",
    ),
    # "ano yung song na naka repeat ko": the song on repeat.
    (
        r"^(?:ano|anong)(?: ba)? (?:yung )?(?:kanta|song|track|tune)(?: na)? naka[- ]?repeat (?:ko|ako)\b",
        "what song have i had on repeat",
    ),
    # "paulit ulit lang ba yung kanta ko": the same songs over and over.
    (
        r"^paulit[- ]ulit(?: lang)?(?: ba)?(?: (?:ako|yung|ang))?(?: mga)? (?:kanta|songs?|music|tugtog)(?: ko)?\b",
        "do i play the same songs over and over",
    ),
    # "ilang araw na ako straight nakikinig": her streak.
    (
        (
            r"^ilang araw(?: na)?(?: (?:ako|akong))? (?:straight|sunod[- ]sunod|tuloy[- ]tuloy)"
            r"(?: na)?(?: (?:ako|akong))? (?:nakikinig|nakinig|nag ?music)\b"
        ),
        "how many days in a row have i listened",
    ),
    # "kamusta naman yung music week ko": how her week went, a recap.
    (
        r"^(?:kamusta|kumusta)(?: naman)? (?:yung |ang )?(?:music|listening) (week|month|year|summer) (?:ko|namin)\b",
        r"how was my \1 in music",
    ),
    # "mas marami ba ako nakikinig sa hapon or sa gabi", "mas madami ba
    # music ko pag weekend kesa weekdays": the parts compared.
    (
        (
            r"^mas (?:marami|madami|madalas)(?: ba)?(?: (?:ako|kami))?"
            r"(?P<music> (?:yung |ang )?(?:music|tugtog) (?:ko|namin))?(?: (?:nakikinig|makinig|nag ?music))?"
            rf" {_PART.format('first')} (?:or|o|kesa|kaysa|vs) {_PART.format('second')}\W*$"
        ),
        _compared,
    ),
)


def said_by_a_leeds_nurse(text: str) -> str:
    """Return a Leeds nurse's Taglish question said in plain English."""
    return rewrite_marked(_MARK, _LEEDS_NURSE_TAGLISH_EN, text, squeeze=True)
