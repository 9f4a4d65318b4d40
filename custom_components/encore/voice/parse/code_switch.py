"""The household's other language said mid-question: "how many Lieder did I play".

People in a household that speaks English and German switch in the middle
of a sentence, for a word or a phrase: "how oft have I had Queen on", "any
neue Künstler lately", "what was my erster song heute", and the other way
round, "was war der last song, den ich gespielt hab", "wie lange hab ich
heute listened", "run me durch meine Woche". `when/crossed.py` reads the
times said in the other language; this module turns the other language's
question words, nouns and verbs into the question's own, so the reader
that knows only one language reads the whole question.

Only whole phrases are turned, at word boundaries, and only words that are
no title: a name ("Lieder", "Time", "Vibe" as a song) is kept as said
unless the words around it show it is the question's noun. Tags said
after the question in the other language ("welcher war das", "weißt du das
noch", "oder nicht", "quick") are the plain question's, or nothing.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_NUMBERS_DE: Final = (
    ("zwei", "two"),
    ("drei", "three"),
    ("vier", "four"),
    ("fünf", "five"),
    ("sechs", "six"),
    ("sieben", "seven"),
    ("zehn", "ten"),
    ("vierzehn", "fourteen"),
    ("dreißig", "thirty"),
)
_SPANS_DE: Final = (("tage", "days"), ("wochen", "weeks"), ("monate", "months"))

_PART_OF_DAY: Final = {
    "vormittags": "in the mornings",
    "morgens": "in the mornings",
    "nachmittags": "in the afternoons",
    "abends": "in the evenings",
    "nachts": "at night",
}

_DAY_PART_NOUN: Final = {
    "abends": "abend",
    "morgens": "früh",
    "früh": "früh",
    "nachmittags": "nachmittag",
}

# German said in an English question, and what the English reader knows it
# as. Read before `in_own_words` (German times), so a part of the week or day
# compared is not taken for a period ("am Wochenende" alone is last weekend).
_DE_IN_EN: Final[tuple[Rule, ...]] = (
    # The parts of the week and day compared ("more am Wochenende or unter
    # der Woche", "vormittags or nachmittags"): a comparison, no period.
    (
        r"\b(?:am|an|übers) wochenende (or|oder|vs\.?|versus) (?:unter der woche|wochentags)\b",
        r"on weekends \1 on weekdays",
    ),
    (
        r"\b(?:unter der woche|wochentags) (or|oder|vs\.?|versus) (?:am|an|übers) wochenende\b",
        r"on weekdays \1 on weekends",
    ),
    (r"\bunter der woche\b", "on weekdays"),
    (
        r"\b(vormittags|nachmittags|morgens|abends|nachts) (?:or|oder) (vormittags|nachmittags|morgens|abends|nachts)\b",
        lambda m: (
            f"{_PART_OF_DAY[m.group(1).lower()]} or {_PART_OF_DAY[m.group(2).lower()]}"
        ),
    ),
    # A clock then its part of the day ("gestern um zehn nach acht abends"):
    # the part first, where the time reader takes it ("gestern abend um ...");
    # left behind, the evening's 20:10 was read as 8:10 in the morning.
    (
        r"\b(gestern|heute) (um (?:\w+ )?(?:vor|nach) \w+|um halb \w+) (abends|morgens|früh|nachmittags)\b",
        lambda m: f"{m.group(1)} {_DAY_PART_NOUN[m.group(3).lower()]} {m.group(2)}",
    ),
    # "So around", "so um": a hedge, not a second time.
    (
        r"\b(?:so )?(?:around|about|gegen|so um) (?=viertel |halb |\w+ (?:vor|nach) )",
        "um ",
    ),
    # A span counted in German after an English "the last": "in the last
    # sieben Tagen".
    *(
        (
            rf"\bthe (last|past) {german} {span_de}n?\b",
            rf"the \1 {english} {span_en}",
        )
        for german, english in _NUMBERS_DE
        for span_de, span_en in _SPANS_DE
    ),
    # Question words.
    (r"\b(?:wie|how) oft\b", "how often"),
    (r"\bwie viele\b", "how many"),
    (r"\bwie viel\b", "how much"),
    (r"\bwie lange\b", "how long"),
    (r"\bwie war\b", "how was"),
    (r"^wann\b", "when"),
    (r"^wer\b", "who"),
    (r"^welche[rsnm]?\b", "which"),
    (r"\bwas lief(?: da| denn| so)?\b", "what was playing"),
    (
        r"\bwas (?:ich|wir) (?:so |denn |alles )?(?:gehört|gespielt) (?:hab|habe|haben|hatte)\b",
        "what i listened to",
    ),
    # The first and last time, and the first and last of a day.
    (r"\b(?:zum|das) (?:aller)?erste(?:n)? mal\b", "for the first time"),
    (r"^(?:das )?letzte(?:s)? mal\b", "the last time"),
    (r"\bzuletzt gespielt\b", "last played"),
    # "When did I zuletzt hear Queen": its last play, never its first.
    (r"\b(?:zuletzt|zum letzten mal)\b", "last"),
    (
        r"\b(?:mein |der |die |das )?erste(?:r|s|n)? (song|track|lied|titel)\b",
        r"first \1",
    ),
    (
        r"\b(?:mein |der |die |das )?letzte(?:r|s|n)? (song|track|lied|titel)\b",
        r"last \1",
    ),
    # "Egal wann" (whenever it was): the very last, over all the history.
    (r",? egal wann\b", ""),
    # Nouns no title is: favourites, hours, songs and new artists.
    (r"\blieblings(?:lied|song|track)\b", "favourite song"),
    (r"\blieblings(?:künstler|künstlerin|band|sänger|sängerin)\b", "favourite artist"),
    (r"\blieblingsalbum\b", "favourite album"),
    (r"\blieblingspodcast\b", "favourite podcast"),
    (
        r"\bmeist ?gehörte(?:r|s|n)? (song|track|lied|album|podcast|künstler|artist)\b",
        r"most played \1",
    ),
    (r"(?<=\bmany )stunden\b", "hours"),
    (r"(?<=\bmany )minuten\b", "minutes"),
    (r"\bwiedergaben\b", "plays"),
    (r"\bhörzeit\b", "listening time"),
    (r"\bzusammenfassung\b", "summary"),
    # "Musik" is the music said in English ("how much Musik did we play").
    (r"\bmusik\b", "music"),
    # "Which Künstler did I play most": artists, never the top songs.
    (r"\b(many|different|new|top \w+) künstler(?:innen)?\b", r"\1 artists"),
    (r"(?<!neue )(?<!neuen )\bkünstler(?:in)?\b", "artist"),
    (r"\b(which|what|my|the|first|last|favourite) lied\b", r"\1 song"),
    (r"(?<=\bmany )(?:lieder|titel)\b", "songs"),
    (r"(?<=\bmany )(?:unterschiedliche|verschiedene)\b", "different"),
    (r"\b(?:neue|neuen) (?:künstler|künstlerinnen|bands|artists)\b", "new artists"),
    (r"\bmusikgeschmack\b|(?<=\bmy )geschmack\b", "taste in music"),
    (r"\bjahresrückblick\b", "year in review"),
    (r"\bmonatsrückblick\b", "month in review"),
    (r"\bwochenrückblick\b", "week in review"),
    # Verbs: skipping ("I always wegskippe"), and "bei mir" (for me).
    (
        r"\b(i|we) (?:(always|immer) )?(?:weg)?skippen?\b",
        lambda m: f"{m.group(1)} {'always ' if m.group(2) else ''}skip",
    ),
    (r"\bauf (heavy rotation|repeat)\b", r"on \1"),
    (r"\bbei (?:mir|uns)\b", ""),
    (r"\bgehört\b", "heard"),
    (r"\bgespielt\b", "played"),
    (r"\b(?:geskippt|übersprungen|weggeskippt)\b", "skipped"),
    # A tag after the question ("welcher war das", "weißt du das noch",
    # "oder nicht"): the plain question.
    (r",? (?:welche[rs]?|was) war(?:'s| das| es)\b", ""),
    (r",? weißt du (?:das|es)(?: noch)?\b", ""),
    (r"\boder nicht\b", "or not"),
    # "Last Friday, also letzten Freitag": the time said again, no name.
    (r",? (?:also|i mean) (?=letzte[nr]? |am |im |gestern|heute)", " "),
)


_HOURS_ES: Final = {
    "una": "one",
    "dos": "two",
    "tres": "three",
    "cuatro": "four",
    "cinco": "five",
    "seis": "six",
    "siete": "seven",
    "ocho": "eight",
    "nueve": "nine",
    "diez": "ten",
    "once": "eleven",
    "doce": "twelve",
}

# The kinds a Spanish question names, in English ("mi artista favorito" had
# been read as the top song: "artista" was no kind the reader knew).
_KIND_ES: Final = {
    "podcast": "podcast",
    "artista": "artist",
    "canción": "song",
    "álbum": "album",
}

# Spanish said in an English question (issue 45's sixty-sixth turn, a
# Spanish-speaking Texan, blind writer 443): question words, nouns, the
# first and last, and "ayer" said inside English. `learner_es` reads a
# Spanish speaker's English calques; these are the Spanish words themselves.
# Each rule turns a whole phrase no title is ("la canción" only before what
# names it: "la canción X de Y" is the song X by Y).
_ES_IN_EN: Final[tuple[Rule, ...]] = (
    # Words to the listener, no part of the question ("oye", "porfa").
    (r"^oye,? ", ""),
    (r",? (?:porfa|por favor)$", ""),
    (r"^dime\b", "tell me"),
    (r"^dame\b", "give me"),
    # The parts of the week and day compared ("entre semana o el fin de
    # semana, when ...": weekdays against weekends, never a ranking).
    (
        r"\bentre semana (?:o|or) (?:el )?fin de semana\b",
        "on weekdays or on weekends",
    ),
    (r"\b(?:el )?fin de semana (?:o|or) entre semana\b", "on weekends or on weekdays"),
    (r"\bin la mañana\b", "in the morning"),
    # Question words.
    (r"\bcuántas veces\b", "how many times"),
    (r"\bcuánto tiempo\b", "how long"),
    (r"\bcuánt[oa]s (canciones|artistas) diferentes\b", r"how many different \1"),
    (r"\bcuánt[oa]s\b", "how many"),
    (r"^cuándo escuché por primera vez\b", "when did i first listen to"),
    (r"^cuál (?:fue|es) (?=la (?:primera|última) canción\b)", "what was "),
    (r"^cuál fue la canción\b", "which was the song"),
    (
        r"^cuál es mi (podcast|artista|canción|álbum) favorit[oa]\b",
        lambda m: f"what is my favourite {_KIND_ES[m.group(1).lower()]}",
    ),
    # Blind writer 443 again: "cuál canción le doy skip más seguido" (which
    # song I skip most often), "la canción que traigo pegada ahorita" (the
    # song stuck in my head these days: on repeat).
    (
        r"^(?:cuál|qué) (canción|artista|podcast|álbum) le doy (?:skip|skipe?o|salto) (?:más seguido|más|más veces)\b",
        lambda m: f"which {_KIND_ES[m.group(1).lower()]} do i skip most often",
    ),
    (
        (
            r"^(?:cuál es )?la canción que traigo pegada(?: ahorita| ahora| estos días)?,?"
            r" the one i keep (playing|putting on|listening to)\b"
        ),
        r"which song do i keep \1",
    ),
    (r"^qué escuché\b", "what did i listen to"),
    (r"^qué puse\b", "what did i put on"),
    (r"^qué estaba sonando\b", "what was playing"),
    (r"^qué tipo de música\b", "what kind of music"),
    (r"^qué (artistas|canciones) nuev[oa]s\b", r"which new \1"),
    # The first and last ("la última vez que escuché X": X's last play).
    (
        r"^la última vez que escuché (.+?),? when was that$",
        r"when did i last listen to \1",
    ),
    (
        r"^(?:la )?última canción que puse,? which one was it$",
        "what was the last song i played",
    ),
    (
        r"\b(?:la )?(primera|última) canción\b",
        lambda m: f"the {'first' if m.group(1).lower() == 'primera' else 'last'} song",
    ),
    # A song named with its article and artist: "la canción X de Y".
    (r"\bla canción (.+?) de (.+?)(?= this | last | since | in |$)", r"\1 by \2"),
    # Nouns.
    (r"\bcanciones\b", "songs"),
    (r"\bartistas\b", "artists"),
    (r"\ben música\b", "in music"),
    (r"\bresumen de mi\b", "summary of my"),
    (r"\bun resumen\b", "a summary"),
    (r",? según my history\b", ""),
    # Times: "ayer", "a las cinco".
    (r"\bayer\b", "yesterday"),
    (
        r"\ba las (una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b",
        lambda m: f"at {_HOURS_ES[m.group(1).lower()]}",
    ),
)


_PART_DE: Final = {
    "morning": "Morgen",
    "evening": "Abend",
    "night": "Nacht",
    "afternoon": "Nachmittag",
}

# English said in a German question, and what the German reader knows it as.
_EN_IN_DE: Final[tuple[Rule, ...]] = (
    # "Run me durch meine Woche": the recap of that week.
    (
        r"\brun me (?:durch|through) (?:meine|mein|meinen) (woche|monat|jahr)\b",
        lambda m: (
            f"wie war {'meine' if m.group(1).lower() == 'woche' else 'mein'} {m.group(1)}"
        ),
    ),
    # "Ein morning oder evening Hörer": the parts of the day compared.
    (
        r"\b(morning|evening|night|afternoon) (?:oder|or) (morning|evening|night|afternoon)[- ]?hörer\b",
        lambda m: (
            f"{_PART_DE[m.group(1).lower()]}- oder {_PART_DE[m.group(2).lower()].lower()}hörer"
        ),
    ),
    # Question words and verbs.
    (r"^who war\b", "wer war"),
    (r"^who\b", "wer"),
    (r"\bhow (?:often|many times)\b", "wie oft"),
    (r"\bhow many\b", "wie viele"),
    (r"\bhow much\b", "wie viel"),
    (r"\bhow long\b", "wie lange"),
    (r"\b(?:what|which song) was (?:playing|on)\b", "was lief da"),
    (r"\b(?:listened to|listened|heard)\b", "gehört"),
    (
        r"\bplayed\b(?! (?:album|song|track|artist|songs|tracks|artists|albums)\b)",
        "gespielt",
    ),
    (r"\bskipped\b", "übersprungen"),
    (r"\blistening time\b", "hörzeit"),
    (r"\bwie viel time\b", "wie viel zeit"),
    (r"\busually\b", "normalerweise"),
    # The first and last song ("der last song", "mein first song").
    (r"\b(der|die|das|mein|meine) (last|final) (song|track)\b", r"\1 letzte \3"),
    (r"\b(der|die|das) (first) (song|track)\b", r"\1 erste \3"),
    (r"\bmein (first) (song|track)\b", r"mein erster \2"),
    # A first time ("im Oktober for the first time gehört"), said twice
    # ("zum ersten Mal gehört, the very first time").
    (r",? (?:the )?very first time$", ""),
    (r"\bfor the first time\b", "zum ersten mal"),
    (r"\bin a row\b", "in folge"),
    (r"\bnew artists\b", "neue künstler"),
    (r"\bgo-to artist\b", "lieblingskünstler"),
    (r"\bpodcast episodes\b", "podcastfolgen"),
    # Taste ("meinen taste", "was für ein vibe ..., taste-mäßig").
    (r",? taste-mäßig,?", ","),
    (r"\b(mein|meinen|meine) taste\b", r"\1 geschmack"),
    (r"\bwas für (?:ein|einen) (?:vibe|taste)\b", "was für einen geschmack"),
    # "Was hab ich so für'n Vibe, musikalisch jetzt" (blind writer 585, a
    # Berlin DJ): the taste, never the month's recap.
    (
        r"^was (?:hab|habe) (?:ich|i) (?:so |denn |eigentlich )*für(?: einen| ein|'n| n|'nen| nen) (?:vibe|taste|geschmack)\b(?:,? (?:so )?musikalisch(?: gesehen| jetzt| so)?)?",
        "was ist mein geschmack",
    ),
    # "Was is mei Vibe musikalisch" (a Munich writer, issue 45's fiftieth
    # turn): my taste.
    (r"\b(?:mein|mei|meine) (?:musik )?vibe\b", "mein musikgeschmack"),
    (
        r"\b(?:mein|mei|meine) go ?-?to\b(?![- ]?(?:podcast|lied|song|künstler|band|album|platte|track))",
        "mein favorit",
    ),
    # Issue 45's sixty-first turn (a bilingual Berlin student, blind writer
    # 403): "nen kurzen Rundown von meinem Listening" (a recap), "beim
    # Listening" (listening), "wie viele hours Musik".
    (r"\b(?:rundown|wrap-?up|roundup)\b", "Rückblick"),
    (r"\b(?:von|über) (mein|meinem) listening\b", r"von \1 Hören"),
    (r"\bbeim listening\b", "beim Hören"),
    (r"\b(wie viele|wie viel) hours\b", r"\1 Stunden"),
    # A tag after the question: nothing.
    (r",? quick$", ""),
)


def spanish_in_english(text: str) -> str:
    """Return Spanish said in an English question in English words.

    Read before Patois's reader, which takes the Spanish "mi" for "I" and "a
    las" for "a last" ("cuál es mi podcast favorito" was read as no question).
    """
    turned = rewrite(_ES_IN_EN, text, flags=re.IGNORECASE)
    return text if turned == text else " ".join(turned.split())


def in_one_language(text: str, language: str) -> str:
    """Return `text` with the other language's question words said in `language`'s."""
    table = _EN_IN_DE if language == "de" else _DE_IN_EN if language == "en" else ()
    turned = rewrite(table, text, flags=re.IGNORECASE)
    if language == "en":
        turned = rewrite(_ES_IN_EN, turned, flags=re.IGNORECASE)
    # A tag dropped leaves its spaces: closed up, and only then.
    return text if turned == text else " ".join(turned.split())
