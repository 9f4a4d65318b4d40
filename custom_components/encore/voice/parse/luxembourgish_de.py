"""German as a Luxembourger says it, Luxembourgish and French in it (issue 45's sixty-ninth turn).

Blind writer 468 asked in German full of Luxembourgish: "Wéi dacks hunn
ech gëschter Queen gelauschtert?", "Wat war dat leschte Lidd, dat ech
gespillt hunn?", "wéi vill Stonnen hu mir lescht Woch gelauschtert",
with French words between ("merci", "quoi", "quand même", "s'il te
plaît"). Only 8 of 57 questions were read, and nine were answered for
another period or another question: "dëse Mount", "lescht Woch", "in
letzter Zäit" were no period, so the whole history was answered. The
words of time are read by `world_times` ("gëschter", "lescht Woch"); this
reader undoes the rest, word by word: the verbs ("hunn ech",
"gelauschtert", "gespillt", "leef"), the question words ("wéi dacks",
"wéi vill", "wat fir", "wéi eng"), the nouns ("Lidd", "Lidder",
"Stonnen", "Deeg", "Méint", "Kéier"), the numbers and the little words.

The words are undone only in a sentence holding a word no German says
("ech", "hunn", "lauschteren", "dacks", "Lidd", "wéi", "mäi"...), so
Berlin's "wat" and "dat", Platt's "vun" and a French title keep their
readers. Read on the words as said, after `world_times`, before any
reader takes a comma or an unknown word for the end of the question.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Words only Luxembourgish says: a sentence holding one is read as it. Not
# "Lidd", "Lidder" nor "Owend": the Palatinate and the Saarland say them too,
# and their readers know them.
_MARK: Final = re.compile(
    r"\b(?:ech|hunn|hu|lauschter\w*|gelauschtert|dacks"
    r"|wéi|mäi|mäin|meng|menger|meeschten|gespillt|leef|iwwersprongen|iwwerhaapt"
    r"|zäit|joer|moies|elo|säit|stonnen|deeg|méint|kéier|éischt"
    r"|hannereneen|allgemeng|ëmmer|erëm|selwecht|zesummen|fënnef|dräi\w*"
    r"|drëtten|néng|véierel|aacht|auer|mëtteg|nuecht|opgehalen|ugefaangen"
    r"|dobäikomm|skippen|drécken|ënnerschiddlech|verschidde|gëff|réckbléck"
    r"|musikalesch|kichen|artisten|mat|richteg|obsédé|numéro|chansons|favori"
    r"|leschte\w*|méindeg|dënschdeg|mëttwoch|donneschdeg|freideg|samschdeg|sonndeg)\b",
    re.IGNORECASE,
)

# What a question counts or ranks, so "dat ech" after it is "das ich".
_NOUN: Final = r"(?:lidd|lied|album|künstler|band|podcast|chanson)"

_LUXEMBOURGISH: Final[tuple[Rule, ...]] = (
    # The greeting and the French words around the question ask nothing.
    (r"^\s*(?:moien|salut|bon|alors|allez)\b[,!.]?\s*", ""),
    (r"\bmoien,\s*", ""),
    (
        (
            r",?\s*\b(?:merci|quoi|quand même|s'il te plaît|s'il vous plaît|en fait)"
            r"\s*(?=[?!.]*\s*$)"
        ),
        "",
    ),
    # The verbs and their persons: "hunn ech", "ech hunn", "hu mir",
    # "gelauschtert", "gespillt", "leef", "lauschteren ech", "skippen ech".
    (r"\b(?:hunn|hun|hu|hab|hunn) (ech|ich)\b", "habe ich"),
    (r"\b(ech|ich) (?:hunn|hun)\b", "ich habe"),
    (r"\b(?:hunn|hu) (mir|mer)\b", "haben wir"),
    (r"\bech\b", "ich"),
    (r"\bhunn\b", "habe"),
    (r"\bgelauschtert\b", "gehört"),
    (r"\blauschteren (ich|mir)\b", r"höre \1"),
    (r"\blauschteren\b", "hören"),
    (r"\bgespillt(e?)\b", r"gespielt\1"),
    (r"\bleef\b", "lief"),
    (r"\biwwersprongen\b", "übersprungen"),
    (r"\bskippen (ich|mir)\b", r"überspringe \1"),
    (r"\bdrécken (ich|mir)\b", r"drücke \1"),
    (r"\bop skip\b", "auf skip"),
    (r"\bugefaangen\b", "angefangen"),
    (r"\bopgehalen\b", "aufgehört"),
    (r"\bdobäikomm\b", "dazugekommen"),
    (r"\bgëff mer\b", "gib mir"),
    (r"\bass\b", "ist"),
    (r"\bsinn\b", "sind"),
    # "Wat war do un": what was on.
    (r"\bwat war do un\b", "was lief da"),
    # "Wat fir eng Musik hunn ech gär": what I like.
    (r"\b(habe ich|ich habe) gär\b", "mag ich"),
    (r"\bgär\b", "gern"),
    # A comparison: "méi owes wéi moies" (more in the evening than in the
    # morning), before "wéi" is "wie".
    (r"\bméi ((?:\w+ )?\w+) wéi\b", r"mehr \1 als"),
    # The question words: "wéi dacks", "wéi vill", "wéi eng", "wat fir e".
    (r"\bwéi dacks\b", "wie oft"),
    (r"\bwéi vill(?= (?:verschidde|ënnerschiddlech|lidder|deeg|stonnen))", "wie viele"),
    (r"\bwéi vill\b", "wie viel"),
    (r"\bmat wéi engem\b", "mit welchem"),
    (r"\bwéi engem\b", "welchem"),
    (r"\bwéi (?:eng|ee|een)\b", "welche"),
    (r"\bwat fir (?:eng|en|e)\b", "was für ein"),
    (r"\bwat fir\b", "was für"),
    (r"\bmat wat\b", "womit"),
    (r"\bmat\b", "mit"),
    (r"\bwéi\b", "wie"),
    (r"\bwat\b", "was"),
    # "Dat leschte Lidd, dat ech gespillt hunn": the relative "that I".
    (rf"\b({_NOUN}),? dat (ich|mir)\b", r"\1, das \2"),
    (r"\bdat\b", "das"),
    (r"\bdéi lescht kéier\b", "das letzte mal"),
    (r"\bfir d'éischt\b", "zum ersten mal"),
    (r"\bdéi selwecht\b", "dieselben"),
    (r"\bdéi\b", "die"),
    # The nouns.
    (r"\blieblingslidd\b", "lieblingslied"),
    (r"\blidder\b", "lieder"),
    (r"\blidd\b", "lied"),
    (r"\bchansons\b", "lieder"),
    (r"\bartisten\b", "künstler"),
    (r"\bstonnen\b", "stunden"),
    (r"\bdeeg\b", "tage"),
    (r"\bméint\b", "monate"),
    (r"\bdag\b", "tag"),
    (r"\bkéier\b", "mal"),
    (r"\bkichen\b", "küche"),
    (r"\bfavori\b", "favorit"),
    (r"\brésumé\b", "zusammenfassung"),
    (r"\bréckbléck\b", "rückblick"),
    (r"\bsummer\b", "sommer"),
    # Ranks and kinds: "am meeschten", "meescht gespillte", "verschidde".
    (r"\bmeescht gespielte\b", "meistgespielten"),
    (r"\bam meeschten\b", "am meisten"),
    (r"\bverschidde\b", "verschiedene"),
    (r"\bënnerschiddlech\b", "unterschiedliche"),
    (r"\bnei\b", "neue"),
    (r"\béischte?n\b", "ersten"),
    (r"\béischte?\b", "erste"),
    # French: "so richteg obsédé" (hooked on), "de Artiste numéro un".
    (r"\bobsédée?s?\b", "besessen"),
    (r"\bnuméro un\b", "nummer eins"),
    (r"\bde artiste\b", "der künstler"),
    (r"\bartistes?\b", "künstler"),
    # The numbers and the clock: "dräi", "fënnef", "néng", "Véierel no
    # aacht", "fënnef Auer", "dräisseg", "drëtten".
    (r"\bvéierel no\b", "viertel nach"),
    (r"\bvéierel vir\b", "viertel vor"),
    (r"\bgéint\b", "gegen"),
    (r"\bdräisseg\b", "dreißig"),
    (r"\bdrëtten\b", "dritten"),
    (r"\bdräi\b", "drei"),
    (r"\bfënnef\b", "fünf"),
    (r"\bnéng\b", "neun"),
    (r"\baacht\b", "acht"),
    (r"\bauer\b", "uhr"),
    # The words of a period "world_times" leaves: "haut", "säit Méindeg",
    # "in letzter Zäit", "an de leschten", "moies", "owes", "elo".
    (r"\bhaut\b", "heute"),
    (r"\bsäit\b", "seit"),
    (r"\bméindeg\b", "montag"),
    (r"\bdënschdeg\b", "dienstag"),
    (r"\bmëttwoch\b", "mittwoch"),
    (r"\bdonneschdeg\b", "donnerstag"),
    (r"\bfreideg\b", "freitag"),
    (r"\bsamschdeg\b", "samstag"),
    (r"\bsonndeg\b", "sonntag"),
    (
        r"\blescht (?=(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)",
        "letzten ",
    ),
    (r"\bzäit\b", "zeit"),
    (r"\ban de leschten\b", "in den letzten"),
    (r"\bde leschte\b", "den letzten"),
    (r"\bleschte\b", "letzte"),
    (r"\bmoies\b", "morgens"),
    (r"\bowes\b", "abends"),
    (r"\bowend\b", "abend"),
    (r"\belo\b", "jetzt"),
    (r"\bhannereneen\b", "hintereinander"),
    (r"\bnormalerweis\b", "normalerweise"),
    (r"\ballgemeng\b", "allgemein"),
    (r"\bëmmer\b", "immer"),
    (r"\berëm\b", "wieder"),
    (r"\biwwerhaapt\b", "überhaupt"),
    (r"\balles zesummen\b", "insgesamt"),
    (r"\bzesummen\b", "zusammen"),
    (r"\bmusikalesch\b", "musikalisch"),
    # The little words: "mäi", "meng", "vun", "vum", "vu", "op", "an der".
    (r"\bmäin?\b", "mein"),
    (r"\bmeng\b", "meine"),
    (r"\bmenger\b", "meiner"),
    (r"\bvun\b", "von"),
    (r"\bvum\b", "vom"),
    (r"\bvu\b", "von"),
    (r"\bdësem\b", "diesem"),
    (r"\bop\b", "auf"),
    (r"\bméi\b", "mehr"),
    (r"\ban der woch\b", "unter der woche"),
    (r"\boder net\b", "oder nicht"),
    (r"\b(ich|wir) do\b", r"\1 da"),
    (r"\bso richteg\b", "so richtig"),
)


def said_in_luxembourgish(text: str) -> str:
    """Return a German question said with Luxembourgish words in standard German."""
    return rewrite_marked(_MARK, _LUXEMBOURGISH, text, squeeze=True)
