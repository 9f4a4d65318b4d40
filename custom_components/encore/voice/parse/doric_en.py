"""English as Aberdeen's Doric says it (issue 45's fifty-fifth turn, blind writer 343).

A Doric granny from Aberdeenshire asks with her own question words: "fit"
(what), "fa" (who), "foo" (how: "foo mony", "foo muckle", "foo lang",
"foo aften"), "fan" (when) and "far" (where), with "hiv" and "hae" (have),
"div" (do), "een" (one), "nae" (not), "the day" (today),
"yestreen" (yesterday evening), "nicht", "efternoon", "echt" and "twal" (eight,
twelve). Two in three of her questions went unread, and two were answered
for another time or name (wrong facts): "foo mony times hiv I played it"
after a song said first, and "ten past echt at nicht".

"Fit", "fan", "far" and "foo" are English words too (keep fit, a fan, how
far), so the rules run only on a question that says a Doric word beside
its question word ("fit wis", "fan did", "foo mony", "hiv I") or one of
Doric's own words that English has not ("yestreen", "efternoon", "nicht");
the Glasgow module's broad Scots ("whit", "ah", "dae") is its own.

A rig worker home on leave (issue 45's eighty-second turn, blind writer
548) said more of it: "fa dae I skip the maist" (who: the song had been
answered, a wrong fact), "fit got played", "onybody new", "kick aff wi",
"the tune I keep pittin on" (today's summary had been answered, a wrong
fact), "roond-up o last year's listenin"; and "fit hiv I had on" reaches
this reader as "fit have", another reader's "hiv" undone first.
"""

import re

from .rules import Rule, rewrite

# "Ower an ower": over and over, a teenager's Doric too (`doric_teen_en`).
OWER_AN_OWER: Rule = (r"\b(\w+) ower an ower\b", r"\1 over and over")

# A question word said with a Doric word after it, or a Doric word English
# lacks: only then is "fit" what and "fan" when.
_DORIC: re.Pattern[str] = re.compile(
    r"\b(?:(?:fit|fa|foo|fan|far)(?:'s)? (?:wis|is|did|div|dae|hiv|hae|have|had|am|mony|muckle"
    r"|lang|aften|like|song|tune|singer|band|music|kind|sort|time|o|got|gets|hid)"
    r"|(?:fit|fa|foo)'s"
    r"|hiv (?:i|we|ye)|div (?:i|we|ye)|did (?:i|we) hae"
    r"|(?:fit|fa|foo|fan) (?:i|i've|een)|ony|een|mair o|run's|tell's foo"  # codespell:ignore ony
    # A rig worker's Doric (blind writer 548): "onybody new", "kick aff wi",
    # "keep pittin on", "a roond-up o".
    r"|onybody|onyone|onything|kick(?:ed|in)? aff|pittin|roond(?:-up| up)?"
    r"|yestreen|efternoon|nicht|a'thegither|hidna|echt|twal|muckle|maistly)\b",
    re.IGNORECASE,
)

# Verbs said with their "g" dropped and no apostrophe: "listenin tae".
_VERBS_IN = r"(?:listen|play|coont|repeat|morn|even|spend|gett|putt|skipp|wear)"

_DORIC_EN: tuple[Rule, ...] = (
    # -- the greeting and the remarks around the question ----------------------
    # "Fit like" (how are you) said first, to the speaker or to no one; but
    # "fit like wis ma October" asks how it was.
    (r"^fit like(?:,? (?:speaker|quine|loon))?[,.!]\s+", ""),
    (r"\bfit like (?=(?:wis|was|is|'s)\b)", "how "),
    # A word to a grandchild, or a remark after the question: "quine", "ken",
    # "the band I mean", "I canna mind at a'", "wid ye say", "seemingly".
    (r",\s*(?:quine|loon|ken|then)\s*([?.!]*)$", r"\1"),
    (r",\s*ken the [^,?.!]+? een\s*([?.!]*)$", r"\1"),
    # "The een I had on maist", "the een I canna thole": the one meant, said
    # again after the question.
    (r",\s*the een (?:I|that) [^,?.!]+\s*([?.!]*)$", r"\1"),
    # "In the kitchen, far the speaker is, ...": where it stands.
    (r",\s*far the (?:speaker|radio|wireless) is\b", ""),
    (r",\s*(?:I )?canna mind(?: at a')?\s*([?.!]*)$", r"\1"),
    (r",\s*wid ye say\s*([?.!]*)$", r"\1"),
    (r",\s*I'm nae keen on (?:them|it|him|her)(?: seemingly)?\s*([?.!]*)$", r"\1"),
    (r",\s*the (?:band|singer|listenin|listening) I mean\s*([?.!]*)$", r"\1"),
    (r",\s*(?:me|masel) an the (?:loon|quine|bairns?)\s*([?.!]*)$", r"\1"),
    (r",\s*nae coontin the same een twice\s*([?.!]*)$", r" different\1"),
    (r",\s*same (?:songs|tunes) again an again\s*([?.!]*)$", r"\1"),
    (r",\s*(tell's|tell me)\s*([?.!]*)$", r"\2"),
    (r",\s*in hours like\s*([?.!]*)$", r" in hours\1"),
    (r"\bfair (?=(?:obsessed|taken|stuck|keen)\b)", ""),
    # -- the question words ------------------------------------------------------
    (r"\bfit's\b", "what's"),
    (r"\bfa's\b", "who's"),
    (r"\bfoo's\b", "how's"),
    (r"\bfoo (mony|muckle|lang|aften)\b", r"how \1"),
    (r"\bfoo (?=(?:wis|was|is|did|div|dae|hiv|have|do)\b)", "how "),
    (r"\bfan (?=(?:wis|was|is|did|div|dae|hiv|do|does|have)\b)", "when "),
    (r"\bfar (?=(?:wis|was|is|did|div|dae|hiv|do|have)\b)", "where "),
    # "Fa dae I skip the maist": who, the artist, never the song.
    (r"\bfa (?=(?:wis|was|is|did|div|dae|hiv|do|have)\b)", "who "),
    (r"\bfit een\b", "which one"),
    (r"\b(tell's|tell me) foo\b", "tell me how"),
    (r"\bfit\b", "what"),
    (r"\bmony\b", "many"),
    (r"\bmuckle\b", "much"),
    (r"\blang\b", "long"),
    (r"\baften\b", "often"),
    # -- verbs and the little words ------------------------------------------------
    (r"\bhiv\b", "have"),
    (r"\bhae\b", "have"),
    (r"\bdiv\b", "do"),
    (r"\bdae\b", "do"),
    (r"\bwis\b", "was"),
    (r"\bhidna\b", "hadn't"),
    (r"\bdidna\b", "didn't"),
    (r"\bcanna\b", "can't"),
    (r"\bwints\b", "wants"),
    (r"\btae ken\b", "to know"),
    (r"\bpit on\b", "put on"),
    # "The tune I keep pittin on": putting on, the song on repeat.
    (r"\bpittin(?:'|g)?\b", "putting"),
    # "Fit song did I kick aff wi": kick off with, the first of the day.
    (r"\b(kick|kicked|kickin|kicking) aff\b", r"\1 off"),
    (r"\bwak up\b", "wake up"),
    (r"\bfinish up wi\b", "finish with"),
    (r"\bgie's\b", "give me"),
    (r"\brun's through\b", "run me through"),
    OWER_AN_OWER,
    (r"\bskip ower\b", "skip"),
    (r"\baye (?=(?:skip|play|listen|hae|have|put)\b)", "always "),
    (r"\bnae (?=(?:stop|skip|play|listen)\w*\b)", "not "),
    # "Hiv I listened tae X or nae": the yes or no is the question's own.
    (r",?\s*\bor nae\s*([?.!]*)$", r"\1"),
    (r"\bwi\b", "with"),
    (r"\btae\b", "to"),
    (r"\bintae\b", "into"),
    (r"\bony\b", "any"),
    # "Did I find onybody new": anybody, anyone, anything.
    (r"\bony(body|one|thing)\b", r"any\1"),
    # "Roond-up o last year's listenin": a round-up, the period's recap.
    (r"\broond\b", "round"),
    (r"\bthon\b|\byon\b", "that"),
    (r"\bma\b", "my"),
    (r"\bmaistly\b", "mostly"),
    (r"\bmaist\b", "most"),
    (r"\bmair\b", "more"),
    (r"\bnoo\b", "now"),
    (r"\bafore\b", "before"),
    (r"\bower (?=(?:the|this|last)\b)", "over "),
    (r"\b(number|the same|the news) een\b", r"\1 one"),
    (r"(?<=\w) o a' time\b", " of all time"),
    (r"\boot o a'", "out of all"),
    (r"(?<=\w) o (?=\w)", " of "),
    (r"\bgaun\b", "on"),
    (r"\bthe wireless\b", "the music"),
    (r"\s*\ba'thegither\b", ""),
    (r"\bthrou the week\b", "during the week"),
    (r"\bagain an again\b", "again and again"),
    (r"\ban (?=[^aeiou\W])", "and "),
    (rf"\b({_VERBS_IN})in\b(?!')", r"\1ing"),
    (r"\bcoonting\b", "counting"),
    # -- times -----------------------------------------------------------------
    (r"\byestreen\b", "yesterday evening"),
    (r"\bnicht\b", "night"),
    (r"\befternoon\b", "afternoon"),
    (r"\bseeven\b", "seven"),
    (r"\btwa\b", "two"),
    (r"\bechty?\b", "eight"),
    (r"\btwal\b", "twelve"),
    (r"\bhauf past\b", "half past"),
    # "Ten past echt at nicht", "nine at nicht": the evening's clock.
    (
        (
            r"\b((?:(?:quarter|half|ten|twenty|five|twenty-five) (?:past|to) )?"
            r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
            r"(?: o'clock)?) at night\b"
        ),
        r"\1 pm",
    ),
    # "The day" is today, never "the day before yesterday" or "the day of
    # the week".
    (r"\bthe day\b(?! (?:before|after|of)\b)", "today"),
)


def said_in_doric(text: str) -> str:
    """Return a Doric speaker's question said plainly, commas kept."""
    if _DORIC.search(text) is None:
        return text
    return rewrite(_DORIC_EN, text, re.IGNORECASE)
