"""Issue 45's sixty-eighth turn, German: blind writer 463, a question only hinted at.

A speaker who never asks straight but wonders aloud or bets
(`parse.hinted_de` and net lines in `sentences/de.yaml`):

- A bet or a guess said as a statement: "ich wette, ich hab gestern viel
  Eres gehört" (how often), "ich glaub, ich hab vorgestern gar kein Air
  gehört, oder" and "ich wette, Radiohead hab ich letztes Jahr kein
  einziges Mal gehört" (whether), "ich wette, ich hab letzten Freitag
  locker fünfzig Songs abgespielt" (how many), "ich wette, ich überspring
  ganz schön viel" (the skips), "ich wette, es gibt ein Lied, das ich jedes
  Mal wegdrücke" (the most skipped): read as no question.
- A wonder said with words no reader knew: "ob du weißt, wann ich Wet Leg
  das letzte Mal gehört hab" had lost its name and answered the last song
  (a wrong fact); "würd mich mal interessieren, ...", "weiß gar nicht
  mehr, ...", "ob ich ... gehört hab, frag ich mich grad", and a hinted
  question after "keine Ahnung" or "ich frag mich ja" never reached Encore.
- A remark before the wonder: "in der Küche läuft ja gefühlt immer
  dasselbe, ich frag mich welches Lied am meisten" was answered with the
  kitchen's repeat rate (a wrong fact): the top song in the kitchen.
- "wer bei Ada letzten Monat ganz vorne lag" had lost Ada; "seit wann One
  More Time bei mir auftaucht" its name.
- A command said as a wish, "den Podcast weiterlaufen lassen, wo ich
  aufgehört hab, wär super", had been answered with the last podcast
  played: it is declined.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "ich wette, ich hab diese Woche ziemlich viel Queen gehört",
        "wie oft habe ich diese Woche Queen gehört",
    ),
    (
        "de",
        "ich glaub, ich hab gestern gar keine Justice gehört, oder",
        "habe ich gestern Justice gehört",
    ),
    (
        "de",
        "ich wette, Daft Punk hab ich letzten Monat kein einziges Mal gehört",
        "habe ich letzten Monat Daft Punk gehört",
    ),
    (
        "de",
        "ich wette, ich hab gestern locker zwanzig Lieder abgespielt",
        "wie viele Lieder habe ich gestern gehört",
    ),
    ("de", "ich wette, ich skippe echt viel", "wie viel überspringe ich"),
    (
        "de",
        "ich wette, es gibt einen Künstler, den ich immer überspringe",
        "welchen Künstler überspringe ich am häufigsten",
    ),
    (
        "de",
        "ob du weißt, wann ich Genesis das letzte Mal gehört hab",
        "wann habe ich Genesis zuletzt gehört",
    ),
    (
        "de",
        "würd mich ja echt interessieren, wie oft Air diesen Monat lief",
        "wie oft habe ich Air diesen Monat gehört",
    ),
    (
        "de",
        "ob ich diese Woche Air gehört hab, frag ich mich gerade",
        "habe ich diese Woche Air gehört",
    ),
    (
        "de",
        "weiß echt nicht mehr, was heute Morgen lief",
        "was lief heute Morgen",
    ),
    (
        "de",
        "im Wohnzimmer läuft ja ständig dasselbe, ich frag mich, welcher Künstler am meisten",
        "welchen Künstler habe ich im Wohnzimmer am meisten gehört",
    ),
    (
        "de",
        "würd mich mal interessieren, wer bei Ada diese Woche an der Spitze war",
        "wen hat Ada diese Woche am meisten gehört",
    ),
    (
        "de",
        "keine Ahnung, seit wann Genesis bei mir auftaucht",
        "wann habe ich Genesis zum ersten Mal gehört",
    ),
    # The writer's wrong fact (no room is in the test's household, so it
    # is read here, not answered).
    (
        "de",
        "in der Küche läuft ja gefühlt immer dasselbe, ich frag mich welches Lied am meisten",
        "welches Lied habe ich in der Küche am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "ich wette, ich hab diese Woche ziemlich viel Queen gehört",
        "wie oft habe ich diese Woche Queen gehört",
        "de",
    ),
    (
        "ich glaub, ich hab gestern gar keine Justice gehört, oder",
        "habe ich gestern Justice gehört",
        "de",
    ),
    (
        "ich wette, Daft Punk hab ich letzten Monat kein einziges Mal gehört",
        "habe ich letzten Monat Daft Punk gehört",
        "de",
    ),
    (
        "ich wette, ich hab gestern locker zwanzig Lieder abgespielt",
        "wie viele Lieder habe ich gestern gehört",
        "de",
    ),
    ("ich wette, ich skippe echt viel", "wie viel überspringe ich", "de"),
    (
        "ob du weißt, wann ich Genesis das letzte Mal gehört hab",
        "wann habe ich Genesis zuletzt gehört",
        "de",
    ),
    (
        "würd mich ja echt interessieren, wie oft Air diesen Monat lief",
        "wie oft habe ich Air diesen Monat gehört",
        "de",
    ),
    (
        "ob ich diese Woche Air gehört hab, frag ich mich gerade",
        "habe ich diese Woche Air gehört",
        "de",
    ),
    ("weiß echt nicht mehr, was heute Morgen lief", "was lief heute Morgen", "de"),
    (
        "würd mich mal interessieren, welche drei Lieder ich diesen Monat am meisten gehört hab",
        "welche drei Lieder habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "keine Ahnung mehr, was das um halb fünf heute Nachmittag war",
        "was lief heute um 16:30",
        "de",
    ),
    (
        "ich wette, diese Woche war kein neuer Künstler dabei",
        "welche neuen Künstler habe ich diese Woche entdeckt",
        "de",
    ),
    # The writer's own words of the lost person and the lost name.
    (
        "würd mich interessieren, wer bei Ada letzten Monat ganz vorne lag",
        "wen hat Ada letzten Monat am meisten gehört",
        "de",
    ),
    (
        "würd mich interessieren, seit wann One More Time bei mir auftaucht",
        "wann habe ich One More Time zum ersten Mal gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("den Podcast weiterlaufen lassen, wo ich aufgehört hab, wär super", "de"),
    ("die Musik in der Küche kurz anhalten wär gut", "de"),
    ("das Album nochmal abspielen wär schön", "de"),
    ("ich frag mich, ob es morgen regnet", "de"),
    ("würd mich interessieren, was grad in der Küche läuft", "de"),
    ("ich wette, du kannst das Lied nicht überspringen", "de"),
)
