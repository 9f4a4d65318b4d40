"""An 86-year-old Kaiserslautern woman's Palatine German (issue 45's eighty-third turn, blind writer 556).

She is polite, roundabout and unsure of the device, says "isch" for
"ich", "Ach Gott,", "allegebott" (every moment), "nochemol", and adds what
she feels after the question:

- "Welcher Podcast is des, wo isch in letschter Zeit so dran häng" (the
  one she hangs on: her top podcast lately; read as nothing);
- "..., isch hab des Gefühl dauernd" after "wie viel Daft Punk hab isch
  die Woch gehört" (a feeling, no question: "dauernd" had made it the song
  on repeat, a wrong fact);
- "..., die mag isch doch" after "hab isch am Samstag Helene Fischer
  gehört" (a fondness: it had been read as her taste);
- "Hör isch immer dieselwe Lieder, allegebott es Gleiche" (the repeat
  rate; "dieselwe" unread, the song on repeat had been answered, a wrong
  fact);
- "Wie oft hör isch e Lied nochemol, so im Schnitt" (how often she plays a
  song again: the repeat rate; read as a name);
- "The Daily, wann war dann des letschde Mol, dass isch des gehört hab"
  (the name's last play; the last song of a period had been answered, a
  wrong fact).

Read first of `said_as_written_de`, on the words as said, only where her
"isch" is said beside a verb (`_MARK`), so a standard question and
Swabia's "isch" (ist) keep their words; each rule holds to its whole
question or to a clause after its comma.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:hab|hör|heer|spiel|drück|überspring|bin|war|mag|wees|häng|mään) isch\b"
    r"|\b(?:wo|dass|des|die) isch\b",
    re.IGNORECASE,
)

# What she hangs on: the kind, said her way or the standard's.
_KIND: Final = (
    r"(?:podcast|sendung|band|sänger|sängerin|künschtler|künstler|gruppe|album"
    r"|schallplatt|platte|lied|liedche|song|stück)"
)
_SONG: Final = frozenset({"lied", "liedche", "song", "stück"})
_LATELY: Final = (
    r"(?:in letschter zeit|in letschder zeit|in letzter zeit|grad|gerade|zurzeit"
    r"|im moment|momentan|die letscht zeit)"
)
_SAME: Final = r"(?:es|des|das|'s) (?:gleiche|selwe|selbe)"
_EVERY_MOMENT: Final = r"(?:allegebott|alsfort|allfort|immerzu|dauernd|ständisch)"


_PODCAST: Final = frozenset({"podcast", "sendung"})
_ALBUM: Final = frozenset({"album", "schallplatt", "platte"})


def _hung_on(found: re.Match[str]) -> str:
    """Return the top of the kind she hangs on, lately; a song is the one on repeat."""
    kind = found["kind"].lower()
    if kind in _SONG:
        return "welches lied höre ich in dauerschleife"
    which = (
        "welchen podcast"
        if kind in _PODCAST
        else "welches album"
        if kind in _ALBUM
        else "welchen künstler"
    )
    # "Grad", "zurzeit", "im Moment": these days, the span of "in letzter
    # Zeit"; only "in letschter Zeit" itself is kept as said.
    said = found["when"] or ""
    when = said if said.lower().startswith(("in ", "die ")) else None
    return f"{which} habe ich {when or 'in letzter zeit'} am meisten gehört"


_RULES: Final[tuple[Rule, ...]] = (
    # "Welcher Podcast is des, wo isch in letschter Zeit so dran häng":
    # what she hangs on is what she plays most.
    (
        (
            r"^(?:ach gott,? |ei,? )?(?:welche[rsnm]?|welle[rsnm]?|welsche[rsnm]?) (?P<kind>"
            + _KIND
            + r"),? (?:is|isch|ist) (?:des|das),? (?:wo|an dem|an der|an dene) (?:isch|ich)"
            r"(?: (?P<when>"
            + _LATELY
            + r"))? (?:so )?(?:arg )?dran (?:häng|hänge|hängen)\W*$"
        ),
        _hung_on,
    ),
    (
        (
            r"^(?:an )?(?:welche[rsnm]?|welle[rsnm]?|welsche[rsnm]?) (?P<kind>"
            + _KIND
            + r") (?:häng|hänge) (?:isch|ich)(?: (?P<when>"
            + _LATELY
            + r"))? (?:so )?(?:arg )?(?:dran|fescht|fest)\W*$"
        ),
        _hung_on,
    ),
    # ", isch hab des Gefühl dauernd": a feeling after the question.
    (r",\s*(?:isch|ich) hab (?:des|das|so e|so en) gefühl\b[^?]*\W*$", ""),
    (r",\s*(?:mer|mir) (?:kummt|kommt)(?:'s| es)? (?:so )?vor\b[^?]*\W*$", ""),
    # ", die mag isch doch": a fondness after the question, no taste asked.
    (
        r",\s*(?:die|den|der|des|das) (?:mag|hör|heer) isch(?: (?:doch|ja|so|halt|arg|gern))*\W*$",
        "",
    ),
    # "Hör isch immer dieselwe Lieder, allegebott es Gleiche": the repeat
    # rate; "allegebott es Gleiche" says it again.
    (rf",\s*{_EVERY_MOMENT} {_SAME}\W*$", ""),
    (
        rf"^(hör|heer|spiel) isch {_EVERY_MOMENT} {_SAME}\W*$",
        r"\1 isch immer das gleiche",
    ),
    (r"\bdieselwe\b", "dieselben"),
    (r"\bdesselwe\b", "dasselbe"),
    # "Wie oft hör isch e Lied nochemol, so im Schnitt": the repeat rate.
    (
        (
            r"^wie oft (?:hör|heer|spiel) isch (?:e|en|ein) (?:lied|liedche|stück|song)"
            r" (?:nochemol|nochmol|nochmal|noch emol|widder|wieder)(?:,? (?:so )?im schnitt)?\W*$"
        ),
        "wie oft wiederhole ich lieder",
    ),
    # "The Daily, wann war dann des letschde Mol, dass isch des gehört hab":
    # the name's last play (or first), the name said first.
    (
        (
            r"^(?!wann\b)([^,]+?),? wann war (?:dann |denn )?(?:des|das|'s) (?P<which>letschde|letschte"
            r"|letzte|erschde|erschte|erste) (?:mol|mal),? (?:dass|wo|als) (?:isch|ich)"
            r" (?:des|das|den|die|ihn|sie|es) (?:gehört|gespielt|gheert)(?: hab| habe)?\W*$"
        ),
        lambda found: (
            f"wann habe ich {found[1]} "
            + (
                "zum ersten mal"
                if found["which"].lower().startswith("er")
                else "zuletzt"
            )
            + " gehört"
        ),
    ),
)


def said_as_kaiserslautern_grandmother(text: str) -> str:
    """Return `text` with the Kaiserslautern woman's turns said in standard ones."""
    return rewrite_marked(_MARK, _RULES, text, squeeze=True)
