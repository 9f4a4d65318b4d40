"""German as a Bavarian grandmother in her eighties asks it (issue 45's nineteenth turn, writer 62).

Beside what `elderly_de` undoes, she says "Sie", greets first ("Grüß Gott."),
adds a remark after the question ("Meine Tochter behauptet das.", "Ein
komischer Titel, wenn Sie mich fragen."), says when something was with
"wie" ("..., wie ich den Kaffee gemacht hab"), describes a thing again
("die mit dem schönen Umschlag", "Welche Sendung, so ein Podcast halt,"),
ends with "mit dem Radio und allem", and says listening the old way: "das
Radio laufen lassen", "was hat um fünf gespielt", "gar nimmer genug
kriegen" (no more enough), "hat's mir angetan" (what she liked most), "in
einer Tour" (on and on), "zu welcher Stunde". The text is read here with
its punctuation, before it is normalized, so a remark is dropped only where
a full stop or a comma sets it apart, and never when it holds the only time
said.
"""

import re

from .rules import Rule, compiled, rewrite

_TIME = compiled(
    r"\b(?:heute|heut|gestern|vorgestern|früh|morgens?|abends?|nachmittags?|vormittags?|mittags?"
    r"|nachts?|uhr|halb|viertel|woche|wochen|monat|monate|jahr|heuer|sommer|winter|frühling|herbst"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai"
    r"|juni|juli|august|september|oktober|november|dezember|seit|letzten?|letzter|letztes|zeit|\d+)\b",
    re.IGNORECASE,
)

_CLOCK_WORD = (
    r"(?:um|gegen|so|heut|heute|gestern|vorgestern|vorhin|am|in|der|früh|morgen|vormittag|mittag"
    r"|nachmittag|abend|morgens|vormittags|mittags|nachmittags|abends|nachts|uhr|halb|viertel|nach|vor|\d+(?::\d+)?|eins|ein|zwei|drei|vier|fünf"
    r"|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig)"
)

GRANDPARENT_DE: tuple[Rule, ...] = (
    # Issue 45's fifty-fifth turn (an old Transylvanian Saxon lady, blind
    # writer 343; "Kapelle" is `elderly_de`'s): "die liebste" (my
    # favourite), "Stückl" (pieces: songs), a show described rather than
    # named before the count of all its episodes ("Von dem englischen
    # Podcast, wie viele Folgen ..."), and "so an Liedern" (in songs) after
    # the count.
    (r"\b(war|ist) (?:da )?(?:bei mir )?die liebste\b", r"\1 meine liebste"),
    (r"\bstückl\b", "stücke"),
    (r"^von (?:dem|diesem) (?:\w+ )?podcast,\s*(?=wie viele folgen)", ""),
    (r",\s*alle zusammen\s*(?=[?.!]|$)", " insgesamt"),
    (
        r"\bwie viel ist da gelaufen,\s*so an liedern\b",
        "wie viele lieder sind da gelaufen",
    ),
    # "Grüß Gott." / "Servus,": a greeting set apart before the question.
    (
        r"^\s*(?:grüß gott|grüss gott|griaß god|servus|guten (?:morgen|tag|abend))\s*[,.!]+\s*",
        "",
    ),
    # "Welche Sendung, so ein Podcast halt, ...": the kind said again.
    (r"\b\w+,\s*so (?:ein|eine|einen) (\w+)(?: halt)?\s*,", r"\1"),
    # "Welcher Podcast hat's mir denn in letzter Zeit so angetan": the one
    # she liked most, heard most.
    (
        r"\b(welche[rnms]?) (\w+),? hat(?:'s| es| sie)? mir (?:denn )?(.*?)\s*(?:so |ganz |besonders )?angetan\b",
        r"\1 \2 hab ich \3 am meisten gehört",
    ),
    # "Was hat um fünf Uhr gespielt": what played then, never a person "um";
    # only words of a time between ("was hat gestern Ada gespielt" keeps Ada).
    (
        rf"^\s*was hat (?:denn )?((?:{_CLOCK_WORD} ){{0,7}}{_CLOCK_WORD}) gespielt\b",
        r"was lief \1",
    ),
    # "Wann lass ich das Radio laufen": when do I listen, to anything; "die
    # Musik laufen lassen" to music.
    (
        r"\b(?:lass|lasse) (ich|wir) (?:denn )?(.*?)\s*(?:die )?musik laufen\b",
        r"höre \1 \2 musik",
    ),
    (
        r"\b(?:lass|lasse) (ich|wir) (?:denn )?(.*?)\s*(?:das radio|den apparat|das gerät|den kasten) laufen\b",
        r"höre \1 \2",
    ),
    # "..., zu welcher Stunde?": the "wann" said again.
    (
        r"^(\s*wann\b.*?),\s*(?:zu|um) welcher (?:stunde|uhrzeit|tageszeit)\s*(?=[?.!]|$)",
        r"\1",
    ),
    # "das Stück, von dem ich gar nimmer genug krieg": the one on repeat;
    # "nimmer" is "no more".
    (
        r"\bvon (?:dem|der|denen) (ich|wir) ((?:\w+ ){0,3}?)(?:gar )?(?:nicht|nimmer|net) genug (?:krieg|kriege|kriegen|bekomm|bekomme|bekommen)\b",
        r"das \1 \2ständig höre",
    ),
    (r"\b(?:gar )?nimmer genug\b", "nicht genug"),
    # "in einer Tour": on and on.
    (r"\bin einer? tour\b", "immer wieder"),
    # "In einem fort", "am laufenden Band" (issue 45's fifty-sixth turn,
    # blind writer 349: read as what played lately, a wrong fact).
    (
        r"\b(?:in einem fort|am laufenden band|ununterbrochen|pausenlos)\b",
        "immer wieder",
    ),
    # "..., mit dem Radio und allem?": the listening, said again.
    (
        r",?\s*mit (?:dem|der) (?:radio|musik|musi)(?: und (?:allem|so|alles))?\s*(?=[?.!]|$)",
        "",
    ),
    # "..., die mit dem schönen Umschlag?": the thing described again.
    (r",\s*(?:die|der|das|den) mit (?:dem|der|den) [^,?.!]{2,40}(?=[?.!]|$)", ""),
)
"""The rewrites, read with the text's punctuation (case is ignored)."""

# "..., wie ich den Kaffee gemacht hab": when it was, said by what she did.
_WHILE = compiled(
    r",\s*(?:wie|als|während) (?:ich|wir) [^,?.!]{3,50}?\s(?:hab|habe|hatte|war|bin|gemacht|getrunken)\s*(?=[?.!]|$)",
    re.IGNORECASE,
)


def undo_grandparent_de(text: str) -> str:
    """Return `text` with a Bavarian grandmother's greeting, remarks and words undone."""
    text = rewrite(GRANDPARENT_DE, text, re.IGNORECASE)
    if (clause := _WHILE.search(text)) is not None:
        rest = text[: clause.start()] + text[clause.end() :]
        if _TIME.search(rest) or not _TIME.search(clause.group(0)):
            text = rest
    return _drop_remark(text)


# A remark after the question: who said so, what she thinks, what she hums.
_REMARK = compiled(
    r"^(?:meine?|mein) (?:tochter|sohn|enkel\w*|mann|frau|nachbar\w*|schwester|bruder)\b"
    r"|^ich (?:summ|sing|find|mag|glaub|weiß|hör's|hab's|hab es)\w*\b"
    r"|^(?:ein|eine|so ein|so eine|was für ein|was für eine) (?:komisch|schön|seltsam|lustig|merkwürdig|nett|herrlich)\w*\b"
    r"|\bwenn (?:sie|du) mich frag(?:en|st)\b",
    re.IGNORECASE,
)


def _drop_remark(text: str) -> str:
    """Drop remarks after the question that hold no time of their own."""
    sentences = [
        part for part in compiled(r"(?<=[?.!])\s+").split(text.strip()) if part
    ]
    while len(sentences) > 1 and "?" in " ".join(sentences[:-1]):
        last = sentences[-1]
        if last.endswith("?") or _TIME.search(last) or not _REMARK.search(last):
            break
        sentences.pop()
    return " ".join(sentences)
