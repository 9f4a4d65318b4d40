"""Issue 45's sixty-sixth turn: blind writers 445 to 451, German, mended in part.

Seven writers (a Viennese, a Palatinate speaker, a Low German speaker, a
Greek learner, a Chinese learner, a Swiss speaker and a self-correcting
writer) were scored blind. What this file pins, in its own phrasings:

- A Greek learner's Greek words (writer 448): "chthes" (yesterday: today
  and all time had been answered, wrong facts), "símera" (today), "pósa"
  (how many), "tragoúdia" (songs).
- Dialect words no reader knew: Vienna's "vurgestern" (today had been
  answered, a wrong fact), the Palatinate's "zwää Woche" (all time),
  Low German's "letzten Maand" (all time) and "mien Week" (this month),
  Switzerland's hours with "-e" ("halb nüüne", "zehn nach füüfe", "am
  füüfe": the clock dropped or read as ten) and "überschpringe" (the most
  played had been answered for the most skipped); Vienna's "wen hab i ...
  oft g'hört, so Band-mäßig" (who most: what played had been answered).
- A Chinese learner's bare infinitive with the topic first and no "ich"
  (writer 449): "Justice erste Mal hören wann", "Bohemian Rhapsody wie
  viel Mal hören", "heute wie viel Lied schon spielen", "Samstag was
  hören" (none had been understood).
- A self-correcting writer's time taken back with only a sound ("heute,
  äh, diese Woche", "letzten Monat, äh, im Oktober"): the time said last is
  meant; a guessed count after the question (", so zwanzig?") is no name.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("de", "Air erste Mal hören wann", "wann habe ich Air zum ersten Mal gehört"),
    (
        "de",
        "Phantom letzte Mal wann spielen",
        "wann habe ich Phantom zum letzten Mal gehört",
    ),
    ("de", "Radiohead wie viel Mal hören", "wie oft habe ich Radiohead gehört"),
    ("de", "gestern wie viel Lied spielen", "wie viele Lieder habe ich gestern gehört"),
    ("de", "gestern Abend was hören", "was habe ich gestern Abend gehört"),
    (
        "de",
        "wie lange hab ich chthes Podcasts gehört",
        "wie lange habe ich gestern Podcasts gehört",
    ),
    (
        "de",
        "pósa Lieder habe ich símera gehört",
        "wie viele Lieder habe ich heute gehört",
    ),
    (
        "de",
        "pósa verschiedene tragoúdia seit September",
        "wie viele verschiedene Lieder seit September",
    ),
    ("de", "was hab i vurgestern g'hört", "was habe ich vorgestern gehört"),
    ("de", "wos is vurgestern so g'laufen", "was lief vorgestern"),
    (
        "de",
        "welche Band hab ich in den letzten zwää Wochen am meisten gehört",
        "welche Band habe ich in den letzten zwei Wochen am meisten gehört",
    ),
    (
        "de",
        "welcher Künstler war im letzten Maand vorne",
        "welcher Künstler war letzten Monat vorne",
    ),
    ("de", "wie war mien Week so", "wie war meine Woche"),
    ("de", "was lief gestern um halb nüüne", "was lief gestern um halb neun"),
    ("de", "was isch hüt am füüfe gloffe", "was lief heute um fünf"),
    (
        "de",
        "welchen Künstler überschpring i am meischte",
        "welchen Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "wen hab i im Oktober oft g'hört",
        "wen habe ich im Oktober am meisten gehört",
    ),
    (
        "de",
        "wen hob i heuer so oft g'hört, so Künstler-mäßig",
        "wen habe ich dieses Jahr am meisten gehört",
    ),
    (
        "de",
        "wie viele Lieder hab ich gestern, äh, diese Woche gehört",
        "wie viele Lieder habe ich diese Woche gehört",
    ),
    ("de", "was lief letzten Samstag, ähm, am Sonntag", "was lief am Sonntag"),
    (
        "de",
        "wie lange hab ich im September, äh, im Oktober Musik gehört",
        "wie lange habe ich im Oktober Musik gehört",
    ),
    (
        "de",
        "wie viele Songs hab ich heute gehört, so dreißig?",
        "wie viele Songs habe ich heute gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wie lange hab ich chthes Musik gehört",
        "wie lange habe ich gestern Musik gehört",
        "de",
    ),
    ("wos hab i vurgestern g'hört", "was habe ich vorgestern gehört", "de"),
    ("Lieblingsband vom letzten Maand", "meine Lieblingsband letzten Monat", "de"),
    (
        "welches Lied überschpring i am meischte",
        "welches Lied überspringe ich am meisten",
        "de",
    ),
    (
        "was haben wir im September, äh, im Oktober gehört",
        "was haben wir im Oktober gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("lass uns was hören", "de"),
    ("heute Abend was hören, mach Musik an", "de"),
    ("símera mach bitte das Licht in der Küche an", "de"),
    ("mach um halb nüüne das Radio an", "de"),
)
