"""German as the Alemannic north of the Alps says it (issue 45's thirty-second turn).

Three writers nobody here had seen asked in it: a carer from Dornbirn in
Vorarlberg (blind writer 171) was understood in seven questions of fifty-eight:
"wa hät d'Ada hüt alls glost", "wenn hät d'Ada zletscht ...", "z'Obad",
"Nomittag", "dia Wocha", "i da letschta drei Monat", "am liabschta",
"meistglostne Künstler", "loost d'Ada meh am Morga"; a dairy farmer from the
Allgäu (162) said "hon i", "hond mir", "glosst", "gloffa"; a young woman
from Freiburg (166) asked on her family's behalf ("kannsch du für mi Oma
luege, ...", "..., für d'Oma"). "Wenn" for "wann" was answered for today
and "letschta Summer" for all summers: wrong facts.

The rules turn the dialect's words into the standard ones the readers after
them know; they run first of all the German dialects' (Switzerland's
`dialect_de_swiss` reads "hüt", "geschter", "glost" and "gsi" after them).
Only words no standard German sentence holds change ("hät", "glosst",
"Nomittag", "liabschta"), or a word beside the words that make it the
dialect's ("wa hät", "wenn hät", "hon i", "dia Wocha", "i da letschta"), so
a title keeps its words.
"""

from .rules import Rule, rewrite

_VERB = r"(?:hät|hat|het|hesch|hast|hon|hond|hän|han|hab|habe|isch|ist|loost|lost)"

ALEMANNIC: tuple[Rule, ...] = (
    # Asked for someone else, said before or after: "kannsch du für mi Oma
    # luege, welchen ...", "für de Papa: ...", "..., für d'Oma", "..., des
    # will mein Bruder wisse", "d'Oma will's wisse".
    (
        (
            r"^(?:hallo,? )?(?:kannsch|kannst|bisch so lieb und|bist so lieb und) (?:du )?(?:mal )?"
            r"(?:für (?:mi|mei|mein|meine|de|d'|die|den|dr) \w+ )?(?:nach)?(?:luege|luegsch|schauen|schaue"
            r"|nachluege|gucke|gucken)\b,? ?"
        ),
        "",
    ),
    (
        r"^für (?:de|d'|die|den|dr|mi|mei|mein|meine) (?:oma|opa|papa|mama|bruder|schwester):? ",
        "",
    ),
    (
        (
            r",? (?:für|fir) (?:de|d'|d|die|den|dr|mi|mei|mein|meine|meinen) ?"
            r"(?:oma|opa|papa|mama|bruder|schwester|dad|mum)$"
        ),
        "",
    ),
    (
        (
            r",? (?:des|das|d'|die|de)? ?(?:mein|mi|mei)? ?(?:oma|opa|papa|mama|bruder|schwester)"
            r" (?:will'?s|will es|will des|will das|frogt|fragt)\b.*$"
        ),
        "",
    ),
    (r",? des will (?:mein|mi|mei|de|d') ?\w+ wisse\w*$", ""),
    # The child named twice: "hät s'Mädle, d'Ada mein i, ..." is Ada.
    (
        r"\b(?:s'|das |des )(?:mädle|mädele|meitli|maidli|büable|bua|kind|kleine),? (?=d'|die |der )",
        "",
    ),
    (r",? (?:mein i|mein ich|moan i),?(?= )", ""),
    # "Wenn" before the verb asks when ("wenn hät d'Ada ..."), as "seit wenn".
    (rf"^wenn(?= {_VERB}\b)", "wann"),
    (r"\bseit wenn\b", "seit wann"),
    (
        r"(?:^|(?<=, )|(?<=\bnovember )|(?<=\boktober ))wa(?= (?:hät|hat|isch|ist|hän|haben|für|hon|hond|loost)\b)",
        "was",
    ),
    (r"\bwer isch\b", "wer ist"),
    # The verbs: "hät", "hon i", "hond mir", "glosst", "gloffa", "loost".
    (r"\bhät\b", "hat"),
    (r"\bhon (?:i|ich)\b", "habe ich"),
    (r"\b(?:hond|hend|hän|hen) (?:mir|mr|mer|wir)\b", "haben wir"),
    (r"\b(?:mir|mr) (?:hond|hend|hän|hen)\b", "wir haben"),
    (r"\bmeistgl?oo?s(?:s)?t\w*", "meistgehörte"),
    (r"\bmeistghört", "meistgehört"),
    (r"\bgl?oo?s(?:s)?t\b", "gehört"),
    (r"\bloost\b", "hört"),
    (r"\bloosa\b", "hören"),
    (r"\bglo(?:ff|f)(?:a|e)\b", "gelaufen"),
    (r"\bufgwacht\b", "aufgewacht"),
    (r"\babgspielt worre\b", "gespielt worden"),
    (r"\bworre\b", "worden"),
    # Times: "z'Obad", "Nomittag", "z'Nacht", "dia Wocha", "i da letschta
    # drei Monat", "letschta Summer", "halb nüne" (the weekdays are
    # read by their shape in `dialect_times_de`).
    (r"\b(geschter|gestern|hüt|heute|vorgeschter|vorgestern) z'? ?obad\b", r"\1 abend"),
    (r"\bz'? ?obad\b", "abends"),
    (r"\buf d'? ?nacht\b", "abends"),
    # "Im Moment ..., i dem Monat": the month said after it is the time asked.
    (r"\bim moment\b(?=.*\bi (?:dem|dära|dera) monat\b)", ""),
    (r"\bobad\b", "abend"),
    (r"\bnomittag\b", "nachmittag"),
    (r"\bz'nacht\b", "in der nacht"),
    (r"\bunder (?:dr|der|de) (?:wocha|woch|woche)\b", "unter der woche"),
    (r"\bunter de (?:woch|woche)\b", "unter der woche"),
    (r"\bdia (wocha|woch|woche|monat|johr|jahr)\b", r"diese \1"),
    (r"\bdia\b", "die"),
    # Not "hob i de letztn ...", where "i" is the speaker.
    (
        r"(?<!\bhob )(?<!\bhab )(?<!\bhon )(?<!\bhan )(?<!\bhör )\bi (?:da|de|dr|den) (?=letscht|letzt)",
        "in den ",
    ),
    (r"\bi (?:dem|dära|dera) (?=monat|woch|johr|jahr)", "in diesem "),
    (r"\bletschta\b", "letzten"),
    (r"\b(um|halb|vor|nach|gegen) nüne\b", r"\1 neun"),
    (r"\bdritta\b", "dritten"),
    (r"\bsiba\b", "sieben"),
    (r"\bbis wia spot\b", "bis wie spät"),
    (r"\bhinteranand\b|\bhintereinand\b", "hintereinander"),
    (r"\bam stück\b", "hintereinander"),
    # Other words: "alls", "dr", "bi", "liabschta", "meista", "Liadr",
    # "gliicha", "Folga", "a welam Tag", "uf", "erschts", "an neue".
    (r"\balls\b", "alles"),
    (r"\bbi dr\b", "bei der"),
    # "Dr" is "der" only after a preposition or a verb, or before whose it
    # is ("dr Ada ihr"): "Dr Dre" keeps his title.
    (
        r"\b(bi|bei|i|in|vo|von|uf|auf|mit|under|unter|zu|für|vor|nach|isch|ist|gsi|war) dr\b",
        r"\1 der",
    ),
    (r"\bdr (?=\w+ (?:ihr|ihre|ihra|sei|sein|seine)\b)", "der "),
    (r"\bam (?:liabschta|liabsta|liabsten)\b", "am liebsten"),
    (r"\b(aller)?meista\b", r"\1meisten"),
    (r"\bliadr\b", "lieder"),
    (r"\blieblingsliad\b", "lieblingslied"),
    (r"\b(?:gliicha|gliiche|gliche)\b", "gleichen"),
    (r"\b(podcast)?folga\b", r"\1folgen"),
    (r"\ba welam\b", "an welchem"),
    (r"\bwelam\b", "welchem"),
    (r"\bwelle (?=podcast|künstler|band|lied|liad|album)", "welcher "),
    (r"\buf (?=welle|welche|welcher|d'|die)", "auf "),
    (r"\b(?:als )?(aller)?erschts\b", r"als \1erstes"),
    (r"\ban (?=neue\b|neuen\b)", ""),
    (r"\bneus\b", "neues"),
    (r"\b(?:de|die) gleiche sach\b", "die gleichen sachen"),
    (r"\bmusigg\b", "musik"),
    (r"\bfür e (?=musik|art)", "für "),
    (r"\b(ein|zwei|drei|vier|fünf|sechs)ezwanzig\b", r"\1undzwanzig"),
    (r"\bwisse\b", "wissen"),
    (r"\b(?:kannsch|kasch)\b", "kannst"),
    # Said after the question: "..., i bin go schaffa gsi", "..., i mach mr
    # a bitz Sorga ...", "..., d'Ada mein i".
    (r",? (?:i|ich) bin go schaffa gsi$", ""),
    (r",? (?:i|ich) mach (?:mr|mir) (?:a bitz )?sorga\b.*$", ""),
)


def undo_alemannic(words: str) -> str:
    """Return normalized German words with Vorarlberg's, Allgäu's and Baden's undone."""
    return " ".join(rewrite(ALEMANNIC, words).split())
