"""Issue 45's forty-seventh turn: blind writers 268 to 275, their wrong facts.

Writers 268 to 275 (a Durban speaker and a Swabian retiree, a New Zealand
sheep farmer and a Berlin taxi driver, a Canadian hockey dad and an East
Frisian fisherman, a Cork grandmother and a Styrian grandmother, a London
teenager with Nigerian Pidgin at home and a Saarland factory worker, a
Korean and a Polish learner, a Texas retiree and a Frankfurt bar owner, a
Scottish night-shift nurse and a Bernese student) were scored on the tree
with the forty-fifth turn's mends, before anything was tuned on them. What
they showed, in this file's own phrasings:

- Wrong facts: "when is my peak time for listening" was answered for music
  alone ("listening" is everything); "on high rotation, song wise" lost
  on repeat to what played; the south-west's "Geschtern" and the
  Saarland's "in de letschte siwwe Daa" lost their period, and the answer
  was today's; "in zwanzischfünfundzwanzisch" (2025) was no year; a
  Bernese "wär hani ... gloset", "wieviu mau" and "im Ouguscht" lost who,
  how often and the month.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "when is my busy time for listening", "when do I usually listen"),
    ("en", "when is my peak hour", "when do I usually listen"),
    ("en", "when is my top time for music", "when do I usually listen to music"),
    (
        "en",
        "what's been on heavy rotation, track wise",
        "what songs have been on heavy rotation",
    ),
    ("de", "was lief geschtern am Abend", "was lief gestern Abend"),
    (
        "de",
        "wie lang hab ich in de letschte siwwe Daa Musik gehört",
        "wie lange habe ich in den letzten sieben Tagen Musik gehört",
    ),
    (
        "de",
        "wie oft hab ich in de letschte vierzehn Daa Queen gehört",
        "wie oft habe ich in den letzten vierzehn Tagen Queen gehört",
    ),
    (
        "de",
        "was war mei Top-Lied in zwanzischvierundzwanzisch",
        "was war mein Top-Lied in 2024",
    ),
    (
        "de",
        "wär hani dä Monet am meischte gloset",
        "wen habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "wieviu mau hani Genesis ghört dä Monet",
        "wie oft hab ich Genesis gehört diesen Monat",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "when is my peak time for listening",
        "when do I usually listen",
        "en",
    ),
    (
        "Geschtern, was isch do als erschtes glaufe",
        "was lief gestern als Erstes",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("mach des Licht aus, gell", "de"),
    ("put the kettle on just now", "en"),
)
