"""Issue 45's sixty-ninth turn, German: blind writers 471, 472 and 467.

A tipsy guest at a Schützenfest (writer 471, slurred as speech to text
writes it), an Alsatian speaking German with Alsatian and French in it
(472) and a Ukrainian learner of German (467) were scored blind. What this
file pins, in its own phrasings (`parse.slurred_de`, `parse.dialect_de_alsace`,
`parse.learner_uk_de` and net lines in `sentences/de.yaml`):

- The slurred "gesch tern" (gestern split in two by the recogniser) read
  no time and was answered for today, four wrong facts; "wassn", "wieoft",
  "hasch du, äh, hab ich", "dis Lied", "dis Jahr", "erschte",
  "überschpring" and a toast or a giggle after the question ("Prost",
  "hihi", "Alter") went unread.
- Alsatian "geschtert" (yesterday with its -t), "halb nein" (half past
  nine), "s'erschte Liedel" and "am Friddi vor einere Woch" lost their day
  or clock: five wrong facts; "ghert", "gloffe", "hemmer", "hit morje",
  "z'Owe", "wie viel Mol", "wel Künstler", "was fer Musik gfallt mir",
  "alors" and "hopla" first, "jo oder nee" last went unread.
- The Ukrainian learner's "welche Lied ich hören viel viel" (the most
  heard song) was answered with what played: a wrong fact; "skilky raziv",
  "vchora", "pisnia", "ich habe hören X", "Radiohead ich habe gehört schon
  mal", "Samstag was Ada hat gehört", "in letzte zwei Wochen X war oder
  nicht" went unread.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "wie lange lief gesch tern Musik, hihi",
        "wie lange habe ich gestern Musik gehört",
    ),
    (
        "de",
        "was war dis letschte Lied gesch tern abend",
        "was war das letzte Lied gestern abend",
    ),
    (
        "de",
        "hasch du, äh, hab ich gesch tern Air gehört",
        "habe ich gestern Air gehört",
    ),
    (
        "de",
        "wassn gesch tern Nachmittag gelaufen, Prost",
        "was ist gestern Nachmittag gelaufen",
    ),
    ("de", "wieoft lief Queen bei mir, Prost", "wie oft lief Queen bei mir"),
    (
        "de",
        "wassn mein Lieblingskünstler dis Jahr, Alter",
        "was ist mein Lieblingskünstler dieses Jahr",
    ),
    (
        "de",
        "wieoft überschpring ich Lieder dis Monat",
        "wie oft überspringe ich diesen Monat Lieder",
    ),
    (
        "de",
        "hab ich vorgeschtert Air ghert jo oder nee",
        "habe ich vorgestern Air gehört",
    ),
    ("de", "was isch geschtert z'Owe gloffe", "was ist gestern abend gelaufen"),
    (
        "de",
        "was isch hit morje um halb nein gloffe",
        "was ist heute morgen um halb neun gelaufen",
    ),
    (
        "de",
        "was war s'letschte Liedel am Friddi vor einere Woch",
        "was war das letzte Lied letzten Freitag",
    ),
    (
        "de",
        "alors wel Künstler hab ich die Woch am meischte ghert",
        "welchen Künstler habe ich diese Woche am meisten gehört",
    ),
    ("de", "hopla wie viel Mol hab ich Queen ghert", "wie oft habe ich Queen gehört"),
    (
        "de",
        "Air, wann hab ich die s'erscht Mol ghert",
        "wann habe ich Air das erste Mal gehört",
    ),
    (
        "de",
        "was fer Musik gfallt mir eigentlich, sag mol",
        "was für Musik gefällt mir eigentlich",
    ),
    (
        "de",
        "diesen Monat welche Künstler ich hören viel viel",
        "welchen Künstler habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "letzte Sommer welche Lied ich hören viel viel",
        "welches Lied habe ich letzten Sommer am meisten gehört",
    ),
    ("de", "skilky raziv ich habe hören Genesis", "wie oft habe ich Genesis gehört"),
    ("de", "vchora ich habe hören Queen oder nicht", "habe ich gestern Queen gehört"),
    ("de", "Freitag was Ada hat gehört", "was hat Ada am Freitag gehört"),
    ("de", "hör ich meh am Morje oder am Owe", "höre ich mehr am Morgen oder am Abend"),
    (
        "de",
        "wie viel Episode vum Podcast hab ich die Woch ghert",
        "wie viele Podcastfolgen habe ich diese Woche gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wie lange lief gesch tern Musik, hihi",
        "wie lange habe ich gestern Musik gehört",
        "de",
    ),
    (
        "was war dis letschte Lied gesch tern abend",
        "was war das letzte Lied gestern abend",
        "de",
    ),
    (
        "hasch du, äh, hab ich gesch tern Air gehört",
        "habe ich gestern Air gehört",
        "de",
    ),
    (
        "wassn gesch tern Nachmittag gelaufen, Prost",
        "was ist gestern Nachmittag gelaufen",
        "de",
    ),
    ("wieoft lief Queen bei mir, Prost", "wie oft lief Queen bei mir", "de"),
    (
        "wassn mein Lieblingskünstler dis Jahr, Alter",
        "was ist mein Lieblingskünstler dieses Jahr",
        "de",
    ),
    (
        "wieoft überschpring ich Lieder dis Monat",
        "wie oft überspringe ich diesen Monat Lieder",
        "de",
    ),
    (
        "hab ich vorgeschtert Air ghert jo oder nee",
        "habe ich vorgestern Air gehört",
        "de",
    ),
    ("was isch geschtert z'Owe gloffe", "was ist gestern abend gelaufen", "de"),
    (
        "was isch hit morje um halb nein gloffe",
        "was ist heute morgen um halb neun gelaufen",
        "de",
    ),
    (
        "was war s'letschte Liedel am Friddi vor einere Woch",
        "was war das letzte Lied letzten Freitag",
        "de",
    ),
    (
        "alors wel Künstler hab ich die Woch am meischte ghert",
        "welchen Künstler habe ich diese Woche am meisten gehört",
        "de",
    ),
    ("hopla wie viel Mol hab ich Queen ghert", "wie oft habe ich Queen gehört", "de"),
    (
        "Air, wann hab ich die s'erscht Mol ghert",
        "wann habe ich Air das erste Mal gehört",
        "de",
    ),
    (
        "was fer Musik gfallt mir eigentlich, sag mol",
        "was für Musik gefällt mir eigentlich",
        "de",
    ),
    (
        "diesen Monat welche Künstler ich hören viel viel",
        "welchen Künstler habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "letzte Sommer welche Lied ich hören viel viel",
        "welches Lied habe ich letzten Sommer am meisten gehört",
        "de",
    ),
    ("skilky raziv ich habe hören Genesis", "wie oft habe ich Genesis gehört", "de"),
    ("vchora ich habe hören Queen oder nicht", "habe ich gestern Queen gehört", "de"),
    (
        "in letzte drei Wochen Genesis war oder nicht",
        "habe ich in den letzten drei Wochen Genesis gehört",
        "de",
    ),
    ("Freitag was Ada hat gehört", "was hat Ada am Freitag gehört", "de"),
    (
        "wie viel Episode vum Podcast hab ich die Woch ghert",
        "wie viele Podcastfolgen habe ich diese Woche gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("wassn das für ein Lied gerade", "de"),
    ("hopla spiel mal was von Queen", "de"),
    ("alors mach die Musik lauter", "de"),
    ("vchora war es kalt oder nicht", "de"),
    ("wieoft muss ich die Blumen gießen", "de"),
)
