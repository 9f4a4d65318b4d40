"""Taglish: Tagalog said in an English question (blind writer 448).

A Filipino speaker switches between Tagalog and English in one breath:
"did i listen to queen kahapon" (yesterday, left in the name: the whole
history answered, a wrong fact), "ilang beses ko pinatugtog yung X this
month" (how many times did I play X), "gaano katagal ako nakinig ng music
kahapon" (how long), "nakinig ba ako ng X over the past two weeks" (did I),
"kailan ko unang narinig yung X" (when first), "sino po yung pinaka
pinapakinggan ko this week" (who most), "top three artists ko" (my).
Tagalog's words are turned into the English question's, whole phrases at
word boundaries, so the English reader reads the rest; the particles that
only carry politeness or the question ("po", "ba", "yung") go. Nothing is
turned unless a Tagalog word is said (`_TAGALOG`), and each rule needs
Tagalog's words around what it turns, so an English question is left as
it was said.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# Words only Tagalog has; one of them says the question is Taglish.
_TAGALOG: Final = re.compile(
    r"\b(?:ako|akong|ko|kong|yung|ilang|ilan|sino|sinong|kailan|gaano|kahapon|kagabi"
    r"|kanina|kaninang|ngayon|ngayong|nung|pinatugtog|pinapatugtog|nakinig|pinakinggan"
    r"|napakinggan|pinapakinggan|narinig|kanta|ano|anong|pinaka|namin|natin|po)\b",
    re.IGNORECASE,
)
_VERB_PLAY: Final = (
    r"(?:pinatugtog|pinapatugtog|pinakinggan|napakinggan|pinapakinggan|na play|na-play"
    r"|nag play|play|nakinig(?: ng| sa| kay)?|narinig)"
)
# The name's particles: "yung X", "si X", "ang X", "ng X".
_THE: Final = r"(?:(?:yung|iyong|ang|si|ng|kay|sa) )?"

_PART: Final = {
    "umaga": "in the morning",
    "gabi": "in the evening",
    "weekend": "on weekends",
    "weekdays": "on weekdays",
}

_TAGLISH: Final[tuple[Rule, ...]] = (
    # Politeness and the question's particle: "po", "ba", "ha", "pls".
    (r"\s*\bpo\b", ""),
    (r"^(?:ano|uy|oi),\s*", ""),
    # "Nakinig ng music": listened to music.
    (r"\b(nakinig|nakikinig) ng (music|musika)\b", r"\1 to music"),
    # The times: yesterday, last night, this morning, today.
    (r"\bkahapon\b", "yesterday"),
    (r"\bkagabi\b", "last night"),
    (r"\bkanina(?:ng)? (?:umaga|morning)\b", "this morning"),
    (r"\bkanina(?:ng)? (?:hapon)\b", "this afternoon"),
    (r"\bngayong araw\b", "today"),
    (r"\b(?:nung|noong) (?=\w)", "on "),
    # A season set right by its year ("last summer, yung twenty twenty five
    # pa": the one of 2025): that season of that year, never this year's.
    (
        (
            r"\b(?:last |this )?(summer|winter|spring|fall|autumn),? (?:yung|noong|nung)"
            r" (?:sa )?(?P<year>twenty \w+(?: \w+)?|\d{4})(?: pa)?\b"
        ),
        r"in the \1 of \g<year>",
    ),
    # Mine after the noun: "most played album ko".
    (r"^(?P<what>most played \w+|top \w+(?: \w+)?) ko\b", r"my \g<what>"),
    # A period set right ("hindi yung last last week ha": not the week
    # before) and the household said twice ("lahat kami sa bahay"): asides.
    (r",? hindi yung [\w ]+? ha\b,?", ","),
    (r",? lahat kami(?: sa bahay)?\W*$", ""),
    # Ours and mine after the noun: "total plays namin", "streams ko".
    (r"^total (plays|songs|streams) namin\b", r"how many \1 did we play"),
    (r"^how many (streams|plays|songs|artists) ko\b", r"how many \1 did i play"),
    # What was on: "ano yung tumutugtog kahapon", "anong kanta yung naka on
    # kaninang umaga": what played then, never a name.
    (
        r"^(?:ano|anong kanta) (?:yung )?(?:tumutugtog|naka on|nakabukas|tumugtog)\b",
        "what was playing",
    ),
    (
        r"\bmga (?=quarter|around|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
        "around ",
    ),
    (r"\b(around \w+(?: \w+){0,2}) ng gabi\b", r"\1 in the evening"),
    # The first heard this year: "sino yung mga first time ko narinig".
    (
        r"^sino (?:yung )?(?:mga )?(?:first time|bago) (?:ko )?(?:narinig|napakinggan)\b",
        "which new artists did i discover",
    ),
    # Someone else's plays: "ano mga pinatugtog ni ma'am Ada".
    (
        (
            r"^(?:ano|anong) (?:yung )?(?:mga )?(?:pinatugtog|pinakinggan) ni"
            r" (?:ma'am |sir |ate |kuya |tita |tito )?(?P<who>[\w'-]+)\b"
        ),
        r"what did \g<who> play",
    ),
    # Habits: "anong oras ako usually nakikinig", "mas nakikinig ba ako sa
    # umaga or sa gabi", "pag weekend kesa weekdays", "ilang araw na
    # straight", "paulit ulit ba ako sa same na kanta", "naka repeat".
    (
        r"^anong oras (?:ako )?(?:usually |madalas )?nakikinig(?: ng music)?\b",
        "what time do i usually listen to music",
    ),
    (
        (
            r"^mas (?:madami ba ako |nakikinig ba ako |madalas ba ako )?(?:nakikinig )?"
            r"(?:sa |pag )?(umaga|gabi|weekend|weekdays)"
            r" (?:or|o|kesa|kaysa) (?:sa |pag )?(umaga|gabi|weekend|weekdays)\W*$"
        ),
        lambda found: (
            "do i listen more "
            + " or ".join(_PART[found[part].lower()] for part in (1, 2))
        ),
    ),
    (
        r"^ilang araw (?:na )?(?:straight|sunod sunod|tuloy tuloy) (?:akong |ako )?nakikinig\b",
        "how many days in a row have i listened",
    ),
    (
        r"^paulit ulit ba ako sa same na (?:kanta|songs?)\b",
        "how often do i play the same songs over and over",
    ),
    (
        r"^(?:ano|anong) (?:yung )?kanta (?:na )?naka repeat (?:ko|ako)\b",
        "what song have i had on repeat",
    ),
    # How my music was: "kumusta yung music ko nung 2025", a recap.
    (r"^kumusta (?:yung |ang )?music ko\b", "recap my music"),
    # How many times: "ilang beses ko (na) pinatugtog yung X", "ilang
    # beses na X <period>".
    (
        rf"^ilang beses (?:ko |ako )?(?:na )?{_VERB_PLAY} {_THE}",
        "how many times did i play ",
    ),
    (r"^ilang beses (?:na )?", "how many times did i play "),
    # "Yung sexy boy ng air": the song by its artist.
    (r"^(how many times did i play [\w' ]+?) ng (?=\w)", r"\1 by "),
    # How long: "gaano katagal ako nakinig (ng music)", "ilang oras ako
    # nakinig".
    (
        (r"^(?:gaano katagal|ilang oras) (?:ako |kami )?(?:nakinig|nag ?music)\b"),
        "how long did i listen",
    ),
    # How many of a kind: "ilang episodes ng podcast na play ko", "ilang
    # different artists ang napakinggan ko", "ilan na songs na na play ko".
    (
        (
            r"^(?:ano,? )?(?:ilang|ilan) (?:na |yung )?(?P<what>(?:different |unique |iba't ibang )?"
            r"(?:na )?(?:songs?|kanta|tracks?|artists?|albums?|episodes?|podcasts?)(?: ng podcast)?)"
            rf"(?: (?:na|ang) (?:na )?{_VERB_PLAY} (?:ko|ako))?\b"
        ),
        lambda found: (
            "how many "
            + re.sub(
                r"\biba't ibang\b|\bunique\b",
                "different",
                re.sub(r"\bna\b ?|\bng podcast\b", "", found["what"]),
            )
            .replace("kanta", "songs")
            .strip()
            + " did i play"
        ),
    ),
    # Did I: "nakinig ba ako ng X", "na play ko ba yung X", "may X ba ako".
    (rf"^nakinig ba ako {_THE}", "did i listen to "),
    (rf"^(?:na play|na-play|pinatugtog|narinig) ko ba {_THE}", "did i play "),
    (r"^may (?P<name>(?:(?!\bba\b)[\w' .&-])+?) ba ako\b", r"did i listen to \g<name>"),
    # When first and last: "kailan ko unang narinig yung X", "kailan ko last
    # pinatugtog yung X".
    (
        rf"^kailan ko (?:unang|first|una) {_VERB_PLAY} {_THE}",
        "when did i first play ",
    ),
    (
        rf"^kailan ko (?:huling|last|huli) {_VERB_PLAY} {_THE}",
        "when did i last play ",
    ),
    # What played: "ano pinakinggan ko kagabi", "ano mga pinatugtog ko".
    (
        rf"^(?:ano|anong) (?:yung )?(?:mga )?{_VERB_PLAY} (?:ko|ako)\b",
        "what did i listen to",
    ),
    # The first and last song: "ano yung last song na pinatugtog ko",
    # "unang kanta ko ngayong araw ano", "huling kanta nung X".
    (r"\b(?:unang|una na) (?:kanta|tugtog)\b", "first song"),
    (r"\b(?:huling|huli na) (?:kanta|tugtog)\b", "last song"),
    (r"\b(first|last) na (kanta|song)\b", r"\1 song"),
    (
        rf"\b(first|last) (song|track)(?: na {_VERB_PLAY})? ko\b",
        r"\1 \2 i played",
    ),
    (r"^(?:ano|anong) (?:yung )?(?=(?:first|last) song\b)", "what was my "),
    (
        r"^(?=(?:first|last) song\b)(?P<q>.*?),? (?:ano|ano yun|ano ulit yun)\W*$",
        r"what was my \g<q>",
    ),
    (r"^(?=(?:first|last) song\b)", "what was my "),
    # The most: "sino po yung pinaka pinapakinggan ko", "ano yung pinaka
    # pinatugtog na kanta".
    (
        rf"^sino(?:ng artist)? (?:yung )?(?:pinaka|pinaka madalas kong) {_VERB_PLAY}(?: ko)?\b",
        "who did i listen to the most",
    ),
    (
        rf"\b(?:ano|anong kanta) (?:yung )?pinaka {_VERB_PLAY}(?: na (?:kanta|song))?\b",
        "what was my most played song",
    ),
    # My: "top three artists ko", "paborito kong album", "song of the month ko".
    (r"\bpaborito kong\b", "favorite"),
    (r"^(?:ano|anong) (?:yung )?(?=favorite\b)", "what is my "),
    (
        (
            r"^(?:ano|anong|sino) (?:yung )?(?P<what>(?:top|most played|song of the|album of the)"
            r"[\w ]*?) ko\b"
        ),
        r"what is my \g<what>",
    ),
    (r"^(?P<what>(?:top|most played)[\w ]*?) ko\b", r"my \g<what>"),
    # A clause's "sa" before a period: "sa last seven days".
    (r"\bsa (?=(?:last|past|this) )", "in the "),
    (r"\bin the the\b", "in the"),
)


def said_in_taglish(text: str) -> str:
    """Return a Taglish question in English, or `text` when it holds no Tagalog."""
    if not _TAGALOG.search(text):
        return text
    return rewrite(_TAGLISH, text, re.IGNORECASE)
