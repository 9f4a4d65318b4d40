"""A retired civil servant's Behördendeutsch, on the words as said (issue 45, blind writer 486).

The fifth clerk the blind rounds brought (after 250, 339, 371 and 457) asks
in nouns, passives and the subjunctive, and puts the period in a clause of
its own: "Ich bitte um Auskunft darüber, welcher Interpret im Zeitraum der
vergangenen Woche ...", "Welches Lied wäre, bezogen auf den gesamten
Erfassungszeitraum, als mein Lieblingslied zu bezeichnen?", "Hinsichtlich der
letzten sieben Tage: Wie viele Lieder wurden insgesamt abgespielt?",
"Bezüglich des Interpreten X bitte ich um Mitteilung, wie häufig dieser seit
Oktober gespielt wurde", "..., sofern dies überhaupt der Fall gewesen sein
sollte", "..., wobei Wiederholungen nicht mitzuzählen wären". The clip to the
question's own clause dropped the period said in such a clause, and the
question was answered for all time or for the whole history (wrong facts:
the last song played for "wann wurde Radiohead zuletzt wiedergegeben,
sofern dies überhaupt der Fall ...", the repeat rate for a count of
different songs, the count of artists for one group's plays).

Read on the words as said, before the passive and the clip: each rule
turns one frame of a request into the plain question it asks, and moves a
period said in a clause of its own into the question. A name is moved
whole and never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# Words before a name that say its kind, no part of it.
_KIND_OF_NAME: Final = (
    r"(?:des interpreten|der interpretin|der gruppe|der band|des künstlers|der künstlerin"
    r"|des sängers|der sängerin|des titels|des liedes|des lieds|des stücks|des musikstücks"
    r"|des albums|der platte|des podcasts|der sendung)"
)
# Music said before such a name: "Musik der Gruppe Queen", "Titel der Band X".
_MUSIC_OF: Final = r"(?:(?:musik|titel|lieder|stücke|aufnahmen|wiedergaben) )?"
# The passive's verbs of playing and listening, and its auxiliary after them.
_PLAYED: Final = r"(?:gehört|gespielt|abgespielt|wiedergegeben|aufgelegt|angehört)"
_AUX: Final = r"(?:wurde|wurden|worden ist|worden sind|worden sei|worden war|worden waren|worden wäre|ist|sind)"
# The nouns a request asks for.
_ASK: Final = (
    r"(?:auskunft|mitteilung|angabe|feststellung|nennung|übermittlung|aufstellung|auflistung"
    r"|übersicht|zusammenstellung|information)"
)
# A kind said with "welche…" and what the plain question calls it.
_WHICH_KIND: Final = {
    "lied": "Welches Lied",
    "titel": "Welches Lied",
    "stück": "Welches Lied",
    "musikstück": "Welches Lied",
    "song": "Welches Lied",
    "interpret": "Welchen Künstler",
    "interpretin": "Welchen Künstler",
    "künstler": "Welchen Künstler",
    "künstlerin": "Welchen Künstler",
    "gruppe": "Welchen Künstler",
    "band": "Welchen Künstler",
    "album": "Welches Album",
    "podcast": "Welchen Podcast",
    "podcastsendung": "Welchen Podcast",
    "sendung": "Welchen Podcast",
}
_KINDS: Final = "|".join(_WHICH_KIND)


def _which(found: re.Match[str]) -> str:
    """Return the plain "most heard" question of a kind judged a favourite."""
    kind = _WHICH_KIND[found["kind"].casefold()]
    when = found["when"].strip(" ,")
    return f"{kind} habe ich {when} am meisten gehört".replace("  ", " ")


_RULES: Final[tuple[Rule, ...]] = (
    # -- a clerk's words of time -------------------------------------------------------
    # "Im abgelaufenen Monat", "in der vorvergangenen Woche", "am Vortag",
    # "seit Jahresbeginn", "im Laufe des heutigen Tages": the periods the
    # readers know ("im abgelaufenen" had been a room, and all time
    # answered).
    (
        r"\b(?:abgelaufenen|verflossenen|zurückliegenden|vorangegangenen|vorausgegangenen)\b",
        "vergangenen",
    ),
    (r"\bvorvergangene(n?)\b", r"vorletzte\1"),
    (r"\bkalender(jahr|monat)(es|s)?\b", r"\1\2"),
    (r"\bam vortag(?:e)?\b", "gestern"),
    (r"\b(?:am vorgestrigen tage?|des vorgestrigen tages)\b", "vorgestern"),
    (
        r"\b(?:im (?:laufe|verlauf) )?des (heutigen|gestrigen) tages\b",
        lambda m: "heute" if m[1].casefold() == "heutigen" else "gestern",
    ),
    (
        r"\bseit (?:monatsbeginn|beginn des (?:laufenden )?monats|monatsanfang)\b",
        "diesen Monat",
    ),
    (
        r"\bseit (?:jahresbeginn|beginn des (?:laufenden )?jahres|jahresanfang)\b",
        "dieses Jahr",
    ),
    (r"\b(?:innerhalb|im (?:laufe|verlauf)) der (letzten|vergangenen)\b", r"in den \1"),
    # "Wie viele Wiedergaben erfolgten ...": the plays ("erfolgten" had
    # been a name).
    (
        r"\bwie viele (wiedergaben|abspielungen) (?:erfolgten|erfolgte|gab es|fanden)\b(.*?)(?: statt)?(?=[?.!]?$)",
        r"wie viele \1 hatte ich\2",
    ),
    # -- a period in a frame of its own -----------------------------------------------
    # "Im Zeitraum der letzten dreißig Tage", "im Zeitraum der vergangenen
    # Woche", "im Zeitraum dieser Woche": the period itself ("Zeitraum" had
    # been a room).
    (
        r"\b(?:im|in dem|für den) zeitraum der (?:letzten|vergangenen) (\w+) (tage|wochen|monate)\b",
        lambda m: f"in den letzten {m[1]} {m[2]}{'' if m[2].endswith('n') else 'n'}",
    ),
    (
        r"\b(?:(?:im|in dem|für den) zeitraum )?des (?:vergangenen|letzten) wochenendes\b",
        "am letzten Wochenende",
    ),
    (r"\b(?:im|in dem|für den) zeitraum (der|dieser|des|dieses)\b", r"\1"),
    (
        (
            r"\b(?:im|in dem|für den) zeitraum (?=(?:januar|februar|märz|april|mai|juni|juli"
            r"|august|september|oktober|november|dezember|sommer|\d{4})\b)"
            # A span of months ("im Zeitraum Juni bis einschließlich August")
            # is left whole for the readers of spans: "im Juni bis ..." lost
            # its start and was read as August alone.
            r"(?!\w+ bis\b)"
        ),
        "im ",
    ),
    (r"\b(?:im|in dem|für den) zeitraum (?=(?:seit|von|vom|ab|zwischen)\b)", ""),
    # The whole of what was recorded: all time.
    (
        r"\b(?:(?:bezogen )?auf|über|im|für) (?:den|dem) (?:gesamten|ganzen) (?:erfassungs|aufzeichnungs|beobachtungs)?zeitraum\b",
        "insgesamt",
    ),
    (r"\bseit beginn der (?:erfassung|aufzeichnung|aufzeichnungen)\b", "insgesamt"),
    # ", bezogen auf den letzten Monat": the period, where the question is.
    (
        r",\s*bezogen auf (den|die|das) ([^,?.!]+?)\s*(?=[,?.!]|$)",
        lambda m: f" {'im' if m[1].casefold() == 'den' else m[1]} {m[2]}",
    ),
    (r",\s*insgesamt\s*,", " insgesamt"),
    # "Hinsichtlich der letzten sieben Tage: Wie viele ...": the period
    # said first, joined to its question (its colon made it a sentence of
    # its own, and "insgesamt" all time).
    (
        r"^(?:hinsichtlich|bezüglich|betreffend) der (?:letzten|vergangenen) (\w+) (tage|wochen|monate)\s*[:,]\s*",
        lambda m: f"In den letzten {m[1]} {m[2]}{'' if m[2].endswith('n') else 'n'}, ",
    ),
    (
        r"^(?:hinsichtlich|bezüglich|betreffend) (des|der|dieses|dieser) ((?:\w+ )?(?:woche|wochenendes|monats|jahres|kalenderjahres|tages|sommers))\s*[:,]\s*",
        r"\1 \2, ",
    ),
    (
        r"^(im monat \w+|in den letzten \w+ \w+|im vergangenen \w+|letzte \w+)\s*:\s*",
        r"\1, ",
    ),
    # -- hedges and restatements that ask nothing -----------------------------------
    # ", sofern dies überhaupt der Fall gewesen sein sollte": its
    # "überhaupt" had been all time, and the name lost.
    (
        r",?\s*(?:sofern|soweit|falls) (?:dies|das|es|dergleichen) (?:denn )?(?:überhaupt )?(?:der fall|zutreffend|geschehen|erfolgt)[^,?.!]*",
        "",
    ),
    (r",?\s*(?:sofern|soweit|falls) (?:dies|das) (?:überhaupt )?zutrifft\b", ""),
    # ", wobei Wiederholungen nicht mitzuzählen wären": different songs,
    # never the repeat rate.
    (
        r",?\s*wobei (?:die )?wiederholungen (?:nicht|keinesfalls) (?:mitzuzählen|mitzurechnen|mitgezählt|mitgerechnet|zu zählen|zu berücksichtigen)(?: (?:wären|sind|seien|werden|sein sollen|werden sollen))?",
        "",
    ),
    # "Womit endete die Wiedergabe letzte Nacht, das heißt, welcher Titel
    # lief zuletzt?": the last song of the period, said twice.
    (
        r"^womit (endete|begann|schloss|startete) (?:die wiedergabe|das hören|der hörtag|die musik) ([^,?.!]+?)(?:,\s*(?:das heißt|also|sprich|mit anderen worten)\b.*)?[?.!]?$",
        lambda m: (
            f"Welches Lied lief {m[2]} "
            f"{'zuletzt' if m[1].casefold() in {'endete', 'schloss'} else 'zuerst'}?"
        ),
    ),
    (r"\bzu welchem zeitpunkt\b", "Wann"),
    (r"\bletztmal(?:ig|s)\b", "zuletzt"),
    (
        r"^wann wurde (?:der titel|das lied|das stück|das musikstück|der song) ",
        "Wann wurde ",
    ),
    # -- the requests ------------------------------------------------------------------
    # "Erbitte Auskunft über ...", "Um Mitteilung der ... wird gebeten": the
    # request as "ich bitte um" says it, for the rules after this one.
    (r"^(?:ich )?erbitte(?:n wir)? ", "Ich bitte um "),
    (rf"^es wird (?:hiermit )?um {_ASK} (?:darüber )?gebeten,?\s*", ""),
    (
        rf"^um ({_ASK}) (.+?) wird (?:hiermit )?(?:gebeten|ersucht)[?.!]?$",
        r"Ich bitte um \1 \2",
    ),
    # "Bezüglich des Interpreten X bitte ich um Mitteilung, wie häufig
    # dieser seit Oktober gespielt wurde": the name where its pronoun stands.
    (
        (
            rf"^(?:bezüglich|hinsichtlich|betreffend) {_KIND_OF_NAME} (.+?),? (?:bitte|ersuche) ich(?: sie)? um {_ASK}"
            r"(?: darüber)?,? (wie oft|wie häufig|wann|ob) (?:dieser|diese|dieses|er|sie|es|derselbe|dieselbe)"
            rf" (.*?) ?{_PLAYED}(?: worden)?(?: {_AUX})?[?.!]?$"
        ),
        lambda m: (
            f"{'Habe ich' if m[2].casefold() == 'ob' else m[2].replace('häufig', 'oft') + ' habe ich'}"
            f" {m[1]} {m[3]} gehört?".replace("  ", " ")
        ),
    ),
    # "Ich bitte um Auskunft darüber, welcher Interpret ... die höchste
    # Anzahl der Wiedergaben erzielt hat": the most heard (the count of
    # artists had been answered).
    (
        (
            rf"^(?:ich )?(?:bitte|ersuche) um {_ASK}(?: darüber)?,? welche[rsn]? (?P<kind2>{_KINDS})\b"
            r"(?P<when> .*?)? ?die (?:höchste|größte) (?:anzahl|zahl) (?:der |an |von )?(?:wiedergaben|abspielungen|aufrufe)"
            r" (?:erzielt|erreicht|aufgewiesen|verzeichnet|gehabt) (?:hat|hatte|haben)[?.!]?$"
        ),
        lambda m: (
            f"{_WHICH_KIND[m['kind2'].casefold()]} habe ich {(m['when'] or '').strip()} am meisten gehört?".replace(
                "  ", " "
            )
        ),
    ),
    # "Ich bitte um Auskunft über die Anzahl der Wiedergaben der Gruppe
    # Daft Punk ...": that name's plays (the count of artists had been
    # answered).
    (
        (
            rf"^(?:ich )?(?:bitte|ersuche) um {_ASK} (?:über|zu|bezüglich|hinsichtlich) (?:die|der) (?:gesamt)?(?:anzahl|zahl)"
            rf" der wiedergaben {_KIND_OF_NAME} (.+?)[?.!]?$"
        ),
        r"Wie oft habe ich \1 gehört?",
    ),
    (
        rf"^(?:wie hoch (?:ist|war) )?(?:die )?(?:gesamt)?(?:anzahl|zahl) der wiedergaben {_KIND_OF_NAME} (.+?)[?.!]?$",
        r"Wie oft habe ich \1 gehört?",
    ),
    # "Ich bitte um Feststellung der Anzahl verschiedener Lieder, die seit
    # Montag wiedergegeben wurden": how many different ones.
    (
        (
            rf"^(?:ich )?(?:bitte|ersuche) um (?:die )?{_ASK} (?:über )?(?:der|die) (?:gesamt)?anzahl"
            r" (verschiedener|unterschiedlicher|der verschiedenen|der unterschiedlichen)"
            r" (lieder|titel|stücke|musikstücke|songs|interpreten|künstler|alben|podcastfolgen|folgen),?"
            rf" die (.+?) {_PLAYED} {_AUX}[?.!]?$"
        ),
        r"Wie viele verschiedene \2 habe ich \3 gehört?",
    ),
    # "Ich bitte um eine Aufstellung dessen, was gestern Abend gehört
    # worden ist": what played then.
    (
        rf"^(?:ich )?(?:bitte|ersuche) um (?:eine |einen )?(?:\w+ )?{_ASK} (?:dessen|darüber),? was (.+?) {_PLAYED}(?: worden)?(?: {_AUX})?[?.!]?$",
        r"Was habe ich \1 gehört?",
    ),
    # "Ich bitte um eine kurze Übersicht meines Hörverhaltens": the recap
    # ("um eine" had been one o'clock).
    (
        (
            r"^(?:ich )?(?:bitte|ersuche) um (?:eine |einen )?(?:kurze |kurzen |knappe |knappen |zusammenfassende |zusammenfassenden )?"
            r"(?:übersicht|überblick|zusammenfassung|bericht|rückblick|darstellung) (?:über )?(?:meines|unseres|mein|unser) (?:hörverhaltens|hörverhalten|hörens|musikhörens)\b"
        ),
        "Wie war mein Hörverhalten",
    ),
    # "Erbitte Rückblick auf das laufende Jahr hinsichtlich meines
    # Hörverhaltens": the year's recap, the field after it asks nothing.
    (
        r"\s*(?:hinsichtlich|bezüglich) (?:meines|unseres) (?:hörverhaltens|musikhörens|hörens)\b",
        "",
    ),
    # -- questions in the passive and the subjunctive ------------------------------------
    # "Welches Lied wäre als mein Lieblingslied zu bezeichnen", "welcher
    # Interpret wäre in letzter Zeit als mein bevorzugter anzusehen": the
    # most heard of its kind.
    (
        (
            rf"^welche[rsn]? (?P<kind>{_KINDS})\b(?: wäre| ist| wird| würde)(?P<when>(?: [^,?.!]+?)?),?"
            r" als (?:mein|meine|meinen|meiner|unser|unsere|unseren) (?:\w+ )?"
            r"(?:bevorzugte[rns]?|lieblings\w*|favorit\w*|meistgehörte[rns]?|liebste[rns]?)"
            r" (?:zu bezeichnen|anzusehen|zu betrachten|einzustufen|zu werten|zu gelten hätte|gelten)(?: sein)?[?.!]?$"
        ),
        _which,
    ),
    # "Ist im Zeitraum des vergangenen Wochenendes Musik der Gruppe Queen
    # gehört worden", "Ist in den vergangenen zwei Wochen das Lied X
    # gelaufen": whether it played.
    (
        rf"^(?:ist|sind|wurde|wurden) (.+?) {_MUSIC_OF}{_KIND_OF_NAME} (.+?) {_PLAYED}(?: worden)?[?.!]?$",
        r"Habe ich \1 \2 gehört?",
    ),
    (
        r"^(?:ist|sind) (.+?) (?:das lied|der titel|das stück|der song|die folge|das album) (.+?) gelaufen[?.!]?$",
        r"Habe ich \1 \2 gehört?",
    ),
    # "Sind im laufenden Monat Interpreten hinzugekommen, die zuvor noch
    # nicht gehört worden waren", "Welche Künstler wurden von mir im Sommer
    # erstmalig gehört": the new artists.
    (
        (
            r"^sind (.+?) (?:neue )?(?:interpreten|künstler|bands|gruppen) hinzugekommen,? die (?:zuvor |vorher |bis dahin |bislang |bisher )?"
            rf"(?:noch )?(?:nie|nicht) {_PLAYED}(?: worden)? (?:waren|wurden|sind|hatte|hätte)[?.!]?$"
        ),
        r"Welche Künstler habe ich \1 neu entdeckt?",
    ),
    (
        rf"^welche (?:interpreten|künstler|bands|gruppen) wurden (?:von mir |von uns )?(.+?) (?:erstmals|erstmalig|zum ersten mal) {_PLAYED}[?.!]?$",
        r"Welche Künstler habe ich \1 neu entdeckt?",
    ),
    (
        (
            r"^welche (?:interpreten|künstler|bands|gruppen) (?:sind|wurden) (.+?) (?:erstmals|erstmalig|zum ersten mal|neu)"
            r" (?:in erscheinung getreten|aufgetreten|hinzugekommen|aufgetaucht)[?.!]?$"
        ),
        r"Welche Künstler habe ich \1 neu entdeckt?",
    ),
    # "Zu welcher Tageszeit ... erfolgt bei mir üblicherweise das Hören von
    # Musik": when I listen, to music (the content had been lost).
    (
        r"\berfolgt (?:bei mir |bei uns )?(üblicherweise |gewöhnlich |normalerweise |meist |meistens )?das hören von (musik|podcasts)\b",
        r"höre ich \1\2",
    ),
    # "Ist ein Schwerpunkt meiner Hörgewohnheiten auf den Vormittag oder
    # eher auf den Abend festzustellen": mornings or evenings compared.
    (
        (
            r"^ist (?:ein|der) schwerpunkt (?:meiner|unserer) (?:hörgewohnheiten|hörtätigkeit|musiknutzung) auf (?:den|dem|die)"
            r" (vormittag|morgen|nachmittag|abend|nacht) oder (?:eher )?auf (?:den|dem|die) (vormittag|morgen|nachmittag|abend|nacht)"
            r" (?:festzustellen|zu erkennen|auszumachen)(.*?)[?.!]?$"
        ),
        lambda m: f"Höre ich{m[3]} eher {m[1].casefold()}s oder {m[2].casefold()}s?",
    ),
    (r"\bpodcastsendung(en)?\b", lambda m: "Podcasts" if m[1] else "Podcast"),
)


def said_as_official_de(text: str) -> str:
    """Return a retired clerk's request and its period clause as the plain question."""
    return rewrite(_RULES, text, re.IGNORECASE)
