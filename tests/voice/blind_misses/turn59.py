"""Issue 45's fifty-eighth turn: blind writers 364 to 371, German.

Writers 364 to 371 (a Berlin woman, a Zurich man, a Polish learner in
Frankfurt, a father in a busy kitchen, an English learner, an Allgäu
pensioner, speech to text of a fast Hamburg speaker and a Hanover clerk)
were scored on `e1826455` before anything was tuned on them: 445 of 485
German questions right, 6 wrong facts, 1 command captured. The ways most
often missed, in this file's own phrasings:

- Allgäu: "welle Kapell … vorne gwä" is the top band (read as the top
  songs: a wrong fact); a title said first and then "wann isch der des
  erschte Mol glaufe" (the title had been dropped: today's first play);
  "sin … glaufe"; "vo allem".
- A clerk: "des Vorjahres" (all time had been answered), "führte … die
  Statistik an" (a recap had been given), remarks that ask nothing ("nach
  Aktenlage", "der Vollständigkeit halber", "Wiederholungen ausdrücklich
  nicht mitgerechnet", "in Stunden ausgedrückt"), three of them wrong facts.
- A period said first ("Seit Montag, wie lange …") was also read as a name.
- Berlin: "wie ville Musik" is how much, "…, lief da wat", "hatten wa".
- Zurich: "zuoberst", a "gäll" tag and the guess after it.
- Learners: "welche Band ich höre meistens", "was spielte vor eine Stunde",
  "das ich kann nicht stoppen zu hören", "eine Rundown von mein Hören".
- Speech to text: "hattich", "habich", "wielange".
- "Des Lied nomol, immer wieder" is a command: "immer wieder" alone no
  longer makes a sentence a history question's (a captured command).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Welle Kapell isch bei mir dä Monet vorne gwä?",
        "Welche Band habe ich diesen Monat am meisten gehört?",
    ),
    (
        "de",
        "Den Sexy Boy vo de Air, wann isch der des letschte Mol glaufe?",
        "Wann habe ich Sexy Boy von Air zuletzt gehört?",
    ),
    (
        "de",
        "Nennen Sie mir bitte die fünf meistgehörten Titel des Vorjahres.",
        "die fünf meistgehörten Titel letztes Jahr",
    ),
    (
        "de",
        "Welche Band führte im Oktober die Rangliste an?",
        "Welche Band habe ich im Oktober am meisten gehört?",
    ),
    (
        "de",
        "Wie viele verschiedene Songs waren es im Oktober, Wiederholungen nicht mitgezählt?",
        "Wie viele verschiedene Songs waren es im Oktober?",
    ),
    (
        "de",
        "Letzte Woche, wie lange habe ich da gehört, in Stunden ausgedrückt?",
        "Wie lange habe ich letzte Woche gehört?",
    ),
    ("de", "wie ville Musik lief gestern", "wie lange habe ich gestern Musik gehört"),
    ("de", "Air diesen Monat, lief da wat", "habe ich Air diesen Monat gehört"),
    (
        "de",
        "wer ist seit September bei mir zuoberst auf der Liste",
        "wer ist seit September bei mir ganz vorne",
    ),
    (
        "de",
        "welche Künstler ich höre meistens diesen Monat",
        "welche Künstler höre ich diesen Monat am meisten",
    ),
    ("de", "was spielte vor eine halbe Stunde", "was lief vor einer halben Stunde"),
    (
        "de",
        "welcher Podcast ich kann nicht stoppen zu hören",
        "welchen Podcast höre ich in Dauerschleife",
    ),
    ("de", "wielange lief gestern musik", "wie lange lief gestern musik"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Welle Kapell isch bei mir dä Monet vorne gwä, gell?",
        "Wer war diesen Monat mein Top-Künstler?",
        "de",
    ),
    (
        "Welcher Interpret führte im Oktober die Statistik an, der Vollständigkeit halber?",
        "Wer war im Oktober mein Top-Künstler?",
        "de",
    ),
    (
        "Bitte nennen Sie mir die drei meistgehörten Interpreten des Vorjahres.",
        "Wer waren letztes Jahr meine drei Top-Künstler?",
        "de",
    ),
    (
        "Wie viele unterschiedliche Lieder waren es letzte Woche, Wiederholungen ausdrücklich nicht mitgerechnet?",
        "Wie viele verschiedene Lieder habe ich letzte Woche gehört?",
        "de",
    ),
    (
        "Welche Künstler sind diesen Monat erstmals in meinem Verlauf aufgetaucht?",
        "Welche Künstler habe ich diesen Monat neu entdeckt?",
        "de",
    ),
    (
        "Wieviel Air hab ich im Oktober gehört, gäll, sicher huere viel",
        "Wie oft habe ich im Oktober Air gehört?",
        "de",
    ),
    ("hattich gestern die Daily an", "Habe ich gestern The Daily gehört?", "de"),
    (
        "Justice ich hab schon mal gehört im Oktober",
        "Habe ich im Oktober Justice gehört?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Das Lied nochmal, immer wieder, Wiederholung an.", "de"),
    ("Spiel den Song immer wieder", "de"),
)
