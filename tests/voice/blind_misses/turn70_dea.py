"""Issue 45's sixty-eighth turn, German: blind writers 459, 460 and 464.

A Mecklenburg pensioner speaking Platt (writer 459), a polite Japanese
learner of German (460) and an English native's German (464) were scored
blind. What this file pins, in its own phrasings
(`parse.dialect_de_mecklenburg`, `parse.learner_ja_de`, `parse.learner_en_de`
and net lines in `sentences/de.yaml`):

- Platt's "wat sind mine drei Leeder wo ik ... am faken höört heff" (the
  top songs) had been answered with what played, and "wann heff ik
  tauletzt X höört" (last heard) with the first time: two wrong facts.
  "heff ik", "höört", "höör ik", "wo faken", "veele Leeder", "wören dat",
  "dor", "hüt", "fiev", "dissen Monat", "wie wor mien Oktober", "dat
  sülve", "opphört", "överspring ik", "unner de Woche" went unread.
- The Japanese learner's apology first ("Entschuldigung, am Samstag was
  habe ich gehört"), a bare "vorgestern ich Queen gehört oder nicht", the
  verb last ("Ada diese Woche wie lange gehört hat, bitte").
- The English speaker's "gelistened", "am November dritte", "was für
  Musik bin ich so in" (into), "wann war das letzte Zeit ich habe gespielt X".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "wat sünd mine fief Leeder wo ik dissen Monat am faken höört heff",
        "was sind meine fünf meistgehörten Lieder diesen Monat",
    ),
    (
        "de",
        "wann heff ik tauletzt wat von Air höört",
        "wann habe ich zuletzt etwas von Air gehört",
    ),
    ("de", "wo faken heff ik Genesis höört", "wie oft habe ich Genesis gehört"),
    (
        "de",
        "wie veele Leeder heff ik vörgistern höört",
        "wie viele Lieder habe ich vorgestern gehört",
    ),
    ("de", "wat heff ik hüt morgen höört", "was habe ich heute morgen gehört"),
    ("de", "wie wor mien September", "wie war mein September"),
    ("de", "höör ik immer wedder dat sülve", "höre ich immer wieder dasselbe"),
    ("de", "wo faken överspring ik wat", "wie oft überspringe ich etwas"),
    (
        "de",
        "höör ik unner de Woche mehr als am Wochenende",
        "höre ich unter der Woche mehr als am Wochenende",
    ),
    (
        "de",
        "Entschuldigung, gestern was habe ich gehört",
        "was habe ich gestern gehört",
    ),
    (
        "de",
        "Bitte, gestern ich Air gehört oder nicht",
        "habe ich gestern Air gehört",
    ),
    (
        "de",
        "wie lange habe ich gelistened gestern",
        "wie lange habe ich gestern gehört",
    ),
    ("de", "was für Musik bin ich in", "was für Musik mag ich"),
    (
        "de",
        "wann war das letzte Zeit ich habe gehört Sexy Boy",
        "wann habe ich zuletzt Sexy Boy gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "sag mal wat sünd mine dree Leeder wo ik dise Woche am faken höört heff",
        "was sind meine drei meistgehörten Lieder diese Woche",
        "de",
    ),
    (
        "wann heff ik tauletzt Genesis höört",
        "wann habe ich zuletzt Genesis gehört",
        "de",
    ),
    ("wo faken heff ik Sexy Boy höört", "wie oft habe ich Sexy Boy gehört", "de"),
    (
        "wie veele Leeder heff ik hüt höört",
        "wie viele Lieder habe ich heute gehört",
        "de",
    ),
    ("wie wor mien Oktober", "wie war mein Oktober", "de"),
    ("höör ik mehr morgens oder abends", "höre ich mehr morgens oder abends", "de"),
    (
        "womit heff ik gistern opphört",
        "womit habe ich gestern aufgehört",
        "de",
    ),
    (
        "Ada gestern wie lange gehört hat, bitte",
        "wie lange hat Ada gestern gehört",
        "de",
    ),
    (
        "Gestern erste Lied welche war, bitte",
        "welches war gestern das erste Lied",
        "de",
    ),
    (
        "Entschuldigung, diese Woche was habe ich gehört",
        "was habe ich diese Woche gehört",
        "de",
    ),
    ("was habe ich gelistened gestern", "was habe ich gestern gehört", "de"),
    ("heff ik vörgistern Justice höört", "habe ich vorgestern Justice gehört", "de"),
    (
        "letzten Winter heff ik dor Daft Punk höört",
        "habe ich letzten Winter Daft Punk gehört",
        "de",
    ),
    (
        "seit September wo faken heff ik dat Genesis höört",
        "wie oft habe ich seit September Genesis gehört",
        "de",
    ),
    (
        "Bitte, gestern ich Justice gehört oder nicht",
        "habe ich gestern Justice gehört",
        "de",
    ),
    ("was für Musik bin ich so in", "was für Musik mag ich so", "de"),
    (
        "wann war das letzte Zeit ich habe gespielt Genesis",
        "wann habe ich zuletzt Genesis gespielt",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("heff ik gistern dat Licht utmakt", "de"),
    ("speel mal wat von Air", "de"),
    ("Entschuldigung, mach das Licht in der Küche an", "de"),
    ("was für Musik läuft gerade", "de"),
)
