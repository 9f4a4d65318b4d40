"""Basel German, written as it is said (issue 45's fifty-fifth turn).

A Basel carnival piper nobody here had seen (blind writer 345) asked in
Baseldytsch and got no answer to 29 of 74 questions. Basel writes the long
i as "y" ("wievyl", "Zyt", "Frytig", "glych", "wyter", "normalerwys", "by
mir"), says "hani" (have I), "los i" (I listen), "gha" (had), "weles" and
"welem" (which), "drugg i uf wyter" (I press next: I skip), "agfrässe" (hooked
on), "zwanzgfüfezwanzg" (2025), and "isch" is "ist" where Rhineland and
Palatinate speakers mean "ich". `dialect_de_swiss` knows Zürich's and Bern's
words; these are the ones it did not, read first of the German dialects so
no reader after it takes "isch" for "ich" or leaves "Zyt" unread.

Each word is one no standard German sentence holds ("wievyl", "Zyt",
"Frytig", "hööch", "Wiederholigsrate"), or one beside the words that make
it Basel's ("wer isch", "los i", "am halbi"), so a title keeps its words.
"""

from typing import Final

from .rules import Rule, rewrite

# The hours after "am" or "um", Basel's doubled vowels with them.
_HOURS: Final = (
    ("eis|eisi", "eins"),
    ("zwei|zwaii", "zwei"),
    ("drei|drüü|drü", "drei"),
    ("vieri|vier", "vier"),
    ("füfi|föifi", "fünf"),
    ("sechsi|sächsi", "sechs"),
    ("siebni|sibni", "sieben"),
    ("achti", "acht"),
    ("nüüni|nüni", "neun"),
    ("zääni|zäni|zehni", "zehn"),
    ("elfi", "elf"),
    ("zwölfi", "zwölf"),
)
_HOUR = "|".join(said for said, _plain in _HOURS)

DIALECT_BASEL: Final[tuple[Rule, ...]] = (
    # A greeting before the question, no part of it.
    (r"^(?:sali|salü|hoi|heb emol|heb e mol),? ", ""),
    # The question's shapes first, before their words change one by one.
    # "Vo wäm bin i in letschter Zyt agfrässe": whom I am hooked on.
    (
        r"^vo(?:n)? w(?:ä|e)m bin i(?:ch)? (.*?) ?(?:eso |so )?agfrässe\b",
        r"wen habe ich \1 am meisten gehört",
    ),
    # "Wenn isch das s erscht Mol gloffe": when it played first.
    (r"\bwenn isch das s erscht mol gloffe\b", "wann lief das zum ersten mal"),
    # "Dä D.A.N.C.E. vo Justice, isch dä die Wuche gloffe": the name, then
    # "dä" pointing back to it.
    (r"^dä (.+?),? isch dä\b", r"\1, ist das"),
    # "Wär isch do by mir d Nummere eis gsi": the Swiss perfect, "isch ...
    # gsi", is "war" (but "vorne gsi" is Baden's "played most").
    (r"\b(wär|wer) isch (?!.*\bvorn[ae] gsi\b)(.{1,40}?) gsi\b", r"\1 war \2"),
    (r"\bmi (?:wuche|woche)\b", "meine woche"),
    (r"\bdie (?:wuche|woche)$", "diese woche"),
    (
        r"\bin den letzte(?= \w+ (?:mönet|monate|monaten|wuche|wochen)\b)",
        "in den letzten",
    ),
    # The long i written as y.
    (r"\bwie ?vyl\b", "wie viel"),
    (r"\bvyl\b", "viel"),
    (r"\bweli zyt\b", "welche uhrzeit"),
    (r"\bzyt\b", "zeit"),
    (r"\bnormalerwys\b", "normalerweise"),
    (r"\bfrytig\b", "freitag"),
    (r"\bmäntig\b", "montag"),
    (r"\bsit (?=montag|mäntig|freitag|frytig|\w*tig\b)", "seit "),
    (r"\bglych(?:e|i)\b", "gleichen"),
    (r"\bs glyche\b", "das gleiche"),
    (r"\bby (?=mir|dir|uns)\b", "bei "),
    (r"\bbi (?=welem|wellem|welchem)", "bei "),
    # "Drugg i am meischte uf wyter": the skip, pressed.
    (
        r"\b(?:drugg|drück|druck) i\b(?=.* (?:uf )?(?:wyter|weiter)\b)",
        "überspringe ich",
    ),
    (r"(?<=überspringe ich am meischte) (?:uf )?(?:wyter|weiter)\b", ""),
    (r"\b(?:uf )?wyter\b", "weiter"),
    (r"\bhööch\b", "hoch"),
    (r"\bwiederholigsrate\b", "wiederholungsrate"),
    (r"\bwiderholigsrate\b", "wiederholungsrate"),
    (r"\bimmer wider\b", "immer wieder"),
    # The words of the question.
    (r"\bweles\b", "welches"),
    (r"\bwel(?:l)?em\b", "welchem"),
    (r"\bwäm\b", "wem"),
    (r"\bwär(?= (?:isch|war|hani|han i|het|hei|hesch)\b)", "wer"),
    (r"\bhani\b", "habe ich"),
    (r"\bhän mir\b|\bhän mer\b", "haben wir"),
    (r"\blos i\b", "höre ich"),
    (r"\bmit lose\b", "mit hören"),
    (r"\bverbrocht\b", "verbracht"),
    (r"\bgha\b", "gehört"),
    (r",? ?so künschtler-?mässig\b", ""),
    (r"\beso\b", "so"),
    (r"\bsache sin\b", "wiedergaben sind"),
    (r",? alles zämme\b", ""),
    (r"\bverschiden(?:i|s)\b", "verschiedene"),
    # One song after a singular's word ("weles Liedli", Bern; issue 45's
    # sixty-fourth turn): Basel's plural everywhere else.
    (r"(?<!welches )(?<!weles )(?<!das )(?<!ds )(?<!es )\bliedli\b", "lieder"),
    # One month after a singular's word, as Zürich writes it down ("dä
    # Mönet", "vom letschte Mönet", blind writer 581): the plural had made
    # it no period at all, and the month's answer was all time's.
    (
        r"\b(dä|de|dem|em|im|vom|letschte|letschten|letzte|letzten|diesen|dieser) mönet\b",
        r"\1 monat",
    ),
    (r"\bmönet\b", "monaten"),
    (r"\bin de letschte\b", "in den letzten"),
    (r"\bvierzäh\b", "vierzehn"),
    (
        r"\bdie letschte(?= \w+ (?:täg|tage|wuche|wochen|mönet|monate)\b)",
        "die letzten",
    ),
    (r"\bd nummere eis\b", "die nummer eins"),
    (r"\bdo (?=by|bei)\b", "da "),
    (r"\bs erscht mol\b", "das erste mal"),
    (r"(?<!\bsit )\bwenn isch\b", "wann ist"),
    # "Mit wellem Lied bin i ufgstande": the song I woke up to.
    (r"\bufgstande\b", "aufgewacht"),
    (r"\bagfange\b", "angefangen"),
    (r"\bam letschte\b", "am letzten"),
    (r"\bwas fir e\b", "was für ein"),
    (r"\bwas fir\b", "was für"),
    (r"\bgfallt mer\b", "gefällt mir"),
    (r",? was meinsch\b", ""),
    (r"\bmi künschtler vom (?:johr|jahr)\b", "mein künstler des jahres"),
    # "Weles Lied bringi grad nümm us em Chopf": the song on repeat.
    (r"\bbringi grad nümm us em chopf\b.*$", "läuft gerade in dauerschleife"),
    # "Zwanzgfüfezwanzg": the year said as two numbers, run together.
    (r"\bzwanzg ?füfezwanzg\b", "zweitausendfünfundzwanzig"),
    (r"\bzwanzg ?vierezwanzg\b", "zweitausendvierundzwanzig"),
    # "Isch" is "ist" after a question word: "wie lang isch", "wer isch".
    (r"(?<!\bsit )\b(wie \w+|was|wer|wär|wann|wenn) isch\b", r"\1 ist"),
    (r"\bmi(?= (?:skip-?rate|wiederholungsrate|serie|wuche|woche)\b)", "meine"),
    (r"\bhüt morge\b", "heute morgen"),
    (r"\bhüt am\b", "heute um"),
    (rf"\bam halbi (?={_HOUR}\b)", "um halb "),
    *((rf"\b(um|halb) (?:{said})\b", rf"\1 {plain}") for said, plain in _HOURS),
    (r"\bin dr kuchi\b", "in der küche"),
    (r"\b(?:in|i) (?:dr|der) dauerschl(?:a|ei)ufe\b", "in dauerschleife"),
    (r"\bwas het do gspilt\b", "was lief da"),
)


def undo_basel(words: str) -> str:
    """Return normalized German words with Basel's habits undone."""
    return " ".join(rewrite(DIALECT_BASEL, words).split())
