"""An elder's Patois in England: her turns, tags and asides (issue 45's eighty-second turn).

A Jamaican-born retired nurse of eighty-seven in Birmingham (blind writer
551) speaks Jamaican English to a gadget she is unsure of. `patois_en` and
`patois_toronto_en` knew her words; what they did not know are her ways of
saying a time, a rank and a question, read here before them:

- "from March come", "since October come": since March (the "come" had
  been looked for as a name, and "from March" read as March alone, a wrong
  fact); "dis summer gone": this past summer; "las'", "mont'": last, months
  (the last three months had been all time, a wrong fact);
- "more dan all di rest", "more dan any other": the most (read as what
  played in September, a wrong fact);
- a name said first and pointed back to ("Don't Stop Me Now, di Queen one,
  how much time it play": how many times, not the month's listening time, a
  wrong fact; "Genesis, by Justice... mi last play it when?", "Justice - mi
  play any a dem dis week?");
- "from when mi did start listen X": when X first played (the day's first
  play had been answered, a wrong fact); "when it first come pon here";
- her openers and tails: "Hello? Yuh hear mi?", "remind mi", "mi nuh
  memba", "yuh know if", "..., mi memory nuh good again", "..., roughly",
  "..., di Spanish-soundin' one", "... or no?", "tell mi nuh";
- "a who mi did a rate so much": who I played the most ("a" before a
  question word is Patois' focus, "rate" is rating highly);
- her skips, repeats and week as statements asked ("Mi skip a lot las'
  month, true? How much skippin' mi do?", "mi repeat a lot, or mi mix it up
  likkle?", "Saturday an' Sunday, mi play more music dan durin' di week?").

Read only in a sentence that says Patois (`_MARK`), so "from March" and
"more than any other" elsewhere keep their English reading.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# Her marks: Patois' own words, never English ones ("dat" and "dem" are
# Patois only, "di" is not Italian's "di" beside them in a question here).
_MARK: Final = re.compile(
    r"\b(?:mi|yuh|di|dis|dat|inna|pon|dem|likkle|cyaan|memba|nuh|weh|wha|gi)\b"
    r"|\blas'|\bmont'",
    re.IGNORECASE,
)
_MONTHS: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|christmas|easter|new year)"
)
_KINDS: Final = (
    r"(?:song|tune|chune|track|artist|singer|band|album|record|podcast|episode)"
)
_COUNT: Final = r"(?:two|three|tree|four|five|six|seven|eight|nine|ten|\d+)"

# Her openers and the remarks she says after a question; the question is
# what is left.
_AROUND: Final[tuple[Rule, ...]] = (
    (r"^hello\W+(?:yuh|you) hear (?:mi|me)\W+", ""),
    (r"^(?:remind (?:mi|me)|(?:mi|i) nuh memba|(?:yuh|you) know if)\s+(?=\w)", ""),
    # "Mi switch it off a while ago... wha did play last": why she asks.
    (
        r"^(?:mi|i) (?:switch|turn|shut|cut)(?:ed)? (?:it|di \w+) off\b[^.?!]*(?:\.+|…|,)\s*",
        "",
    ),
    (
        r"(?<=[?.,!])\s*(?:mi (?:memory )?(?:nuh|cyaan)\b(?![^?]*\b(?:when|wha|what|which|who|how)\b)[^?]*|tell mi nuh|ah beg yuh)\W*$",
        "",
    ),
    (r",?\s*(?:roughly|darlin'?g?)(?=\W*$|\?)", ""),
    # "..., di Spanish-soundin' one": which of a name she means, said after.
    (r",\s*di [^,?!]{2,30}? one\W*$", ""),
    (r",\s*read dem out(?: fi mi)?(?: slow(?:ly)?)?\W*$", ""),
    (r"(?:[,\s]+or)[,\s]+no\W*$", "?"),
    (r"\bat all\b\s*(?=(?:dis|this|las'?|last|yesterday|today|since)\b|\W*$)", ""),
)

# Her times: "from March come" is since March, "las'" and "mont'" clipped.
_TIMES: Final[tuple[Rule, ...]] = (
    (
        rf"\b(?:from|since) ({_MONTHS})(?: come)?\b(?!\s*(?:to|till|til|until|through|thru|-)\b)",
        r"since \1",
    ),
    (r"\b(?:dis|this|di|the) (summer|spring) gone\b", r"this \1"),
    (r"\blas'(?=\s|$)", "last"),
    (rf"\b({_COUNT}) mont'?s?(?=\W|$)", r"\1 months"),
    (r"\bmont'(?=\W|$)", "month"),
)

# Her ranks and names said first.
_RANKS: Final[tuple[Rule, ...]] = (
    (
        r"\bmore (?:dan|than) (?:all (?:di|the) rest|any (?:other|odda)(?: one)?|anyting else|anything else)\b",
        "the most",
    ),
    # "A who mi did a rate so much lately... di artist mi cyaan stop put on".
    (r"^a (?=(?:who|wha|wah|weh|which)\b)", ""),
    (
        rf"^who (?P<body>.+?)\W+di (?P<kind>{_KINDS}) (?:mi|wi) cyaan stop (?:put on|play|playin'?g?|listen to)\W*$",
        r"which \g<kind> \g<body>",
    ),
    (
        r"^(who|wha|wah|which \w+) (?:mi|wi) (?:did )?(?:a )?rate(?: so much| di most| nuff| bad)?\b",
        r"\1 did I play the most",
    ),
    # "Di five song dem mi did play most": her top five.
    (
        rf"^(?:di|mi) (?P<n>{_COUNT}) (?P<kind>{_KINDS})s?(?: dem)? (?:mi|wi) (?:did )?(?:play|have on|listen to|hear)(?: di)? most\b",
        r"my top \g<n> \g<kind>s",
    ),
    (rf"^number one ({_KINDS}) fi mi\b", r"my number one \1"),
    (r",\s*wha(?:t)? (?:it|dat) (?:be|is|was)\W*$", ""),
    # "How many tune Ada play yesterday": whose plays, a name before "play".
    (
        rf"\bhow many ({_KINDS})s?(?: dem)? (?P<who>(?-i:[A-Z])\w+) (?P<verb>play|hear|listen to|put on)\b",
        r"how many \1s did \g<who> \g<verb>",
    ),
    (rf"\bhow many ({_KINDS}|ting)(?: dem)?\b", r"how many \1s"),
    (r",\s*(?:song|music|tune)s? an'? (?:podcast|programme)s? an'? all\W*$", ""),
    (
        r"\b(?:di |the )?music an'? (?:di |the )?programmes?(?: dem)?\b",
        "music and podcasts",
    ),
)

# A name said first, then the question pointing back to it.
_NAMES: Final[tuple[Rule, ...]] = (
    # "Don't Stop Me Now, di Queen one": the song by Queen.
    (
        r"^(?P<name>[^,?!]{2,40}),\s+(?:di|dat|the) (?P<by>[^,?!]{2,30}?) one,\s+",
        r"\g<name> by \g<by>, ",
    ),
    (
        r"^(?P<name>[^,?!]{2,40}?)(?:,|\.{2,}|…)?\s+by (?P<by>[^,.?!]{2,30}?)(?:,|\.{2,}|…)\s+",
        r"\g<name> by \g<by>, ",
    ),
    (r"^(?P<name>[^,?!-]{2,40}?)\s+[-\u2013]\s+(?=(?:mi|wi)\b)", r"\g<name>, "),
    (
        r"^(?P<name>[^,?!]{2,60}),\s+how (?:much time|many times?) (?:it|dat|dem|she|him) (?:did )?(?:play|get play|come on)\b",
        r"how many times did I play \g<name>",
    ),
    (
        r"^(?P<name>[^,?!]{2,60}),\s+(?:mi|wi) (?P<w>last|first) (?P<v>play|hear|listen to|have|put on) (?:it|dem|dat|she|him)(?: on)? when\W*$",
        r"when did I \g<w> \g<v> \g<name>",
    ),
    # "By di Daft Punk dem": the band, its "dem" made "them" by then.
    (r"\bby di ([^,?!]{2,30}?) (?:dem|them)\b", r"by \1"),
    (r"^did (i|we|mi) (?:put|have|had) on (?:dat|di|that) ", r"did \1 play "),
    # "From when mi did start listen di Daily": its first play.
    (
        r"^from when (?:mi|wi|i|we) (?:did )?(?:start|begin|first start) (?:fi |to )?(?:listen(?:in'?g?)?|play(?:in'?g?)?|hear)(?: to)? ",
        "when did I first listen to ",
    ),
    (r"^(when did I first listen to) di\b", r"\1 the"),
    # "Dat Sexy Boy song - Lawd, ... - when it first come pon here?"
    (
        (
            r"^(?:dat |di |that |the )?(?P<name>[^,?!-]{2,40}?)(?: song| tune| chune| one)?(?:\s*[-\u2013][^-\u2013]*[-\u2013]\s*|,?\s+)"
            r"when (?:it|dat|that|she|him) (?P<w>first|last) (?:come|came|reach|get|got) (?:pon|on|in) (?:here|yah|dis|di|mi)\b[^?]*\W*$"
        ),
        r"when did I \g<w> play \g<name>",
    ),
    # "Di las' tune weh play pon yah, wha it name again?": the last one.
    (
        (
            r"^(?:di|the) (?:very )?last (?:tune|song|chune|track|ting|thing) (?:weh|dat|that|wha) (?:did )?(?:play|played|come on)"
            r"(?: pon yah| here| pon here| on here)?,?\s*wha(?:t)?(?:'s| is| was)? (?:it|dat|its|di|the) name(?: again)?\W*$"
        ),
        "what was the last song I played",
    ),
    (
        r"^wha(?:t)? (?:did )?play(?:ed)? last(?: before (?:it|mi|i) (?:stop|switch|turn)\w*(?: off)?)?\W*$",
        "what did I play last",
    ),
)

# Her habits asked as statements.
_HABITS: Final[tuple[Rule, ...]] = (
    # "Mi skip a lot las' month, true? How much skippin' mi do?": how much
    # she skipped; a repeat said so asks whether she repeats (never "how
    # much did I repeat", which reads as listening time).
    (
        r"^(?:mi|i) skip (?:a lot|nuff|plenty|bad)\b(?P<rest>[^?]*?),? true\W+how much [\w']+ (?:mi|i) do\W*$",
        r"how much did I skip\g<rest>",
    ),
    (
        r"^(?:mi|i) repeat (?:a lot|nuff|plenty|bad)\b(?P<rest>[^?]*?),? true\W+how much [\w']+ (?:mi|i) do\W*$",
        r"do I repeat songs a lot\g<rest>",
    ),
    (
        r"\bhow much (skip|listen)(?:pin|in|ing)'?g? (?:mi|i|wi|we) (?:do|did)\b",
        r"how much did I \1",
    ),
    (
        r"^(?P<when>[^,?!]+?),?\s+(?:mi|wi) (?:did )?repeat (?:a lot|nuff|plenty|bad)\b(?:[,\s]+or (?:mi|wi) (?:mix|switch|change) (?:it )?up\b[^?]*)?\W*$",
        r"do I repeat songs a lot \g<when>",
    ),
    (
        r"^(?:saturday an'?d? sunday|di weekend|weekends?),?\s+(?:mi|wi) (play|listen to|listen|hear|have on) more (music|songs|tunes|podcasts)?\s*(?:dan|than) (?:durin'?g? |in )?(?:di|the) (?:week|weekdays|workin'?g? week)\W*$",
        r"do I \1 more \2 on weekends than during the week",
    ),
    (
        r"^(?:di )?weekends? (?:versus|vs\.?|or|against) (?:di |the )?(?:workin'?g? ?week|weekdays?|week),?\s+which (?:one|ting) (?:mi|wi) (?:listen|play|hear)(?: to)? more\b.*$",
        "do I listen more on weekends or weekdays",
    ),
)


def said_as_patois_elder(text: str) -> str:
    """Return an elder's Patois turns, tags and asides in plain English."""
    if _MARK.search(text) is None:
        return text
    for table in (_AROUND, _TIMES, _RANKS, _NAMES, _HABITS):
        text = rewrite(table, text, re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip()
