"""Issue 45's seventy-fourth turn (blind round thirteen): an Erfurter, a night nurse, an influencer.

Writer 503 (an Erfurter, Thuringian) said "vorsch Woche" for last week
with no ending, which Saxony's "vorschde Woche" rule never read: "welches
Album ... vorsch Woche" asked back, "Daft Punk, wie oft lief'n die vorsch
Woche" lacked its count. "Gehürt" and "uffgehürt" were in no net sentence,
so "wann hab isch zuletzt Don't Stop Me Now gehürt", "ham mir vorsch Woche
ä bissl Air gehürt, mir beede" and "hab isch dieses Jahr ieberhaupt ma Die
Prinzen gehürt" were not understood; "mit welchem Liedl ... uffgehürt"
reached the net but "Liedl" and "uffgehürt" were no words. A WRONG FACT:
"zweitausendfünfundzwanzsch, wie viele Künstler hab isch da gehürt" lost
its year said first ("zwanzsch" is no number, the year was dropped as a
remark) and was answered for all time.

Writer 504 (a night nurse) said "wie viele Lieder heut früh nach der
Schicht": the shift was read as a name; beside a period it is only how
she remembers it, and alone ("nach der Schicht") a time asked back. Her
"eher nachts oder tagsüber. beim Hören." compares the day's parts.

Writer 506 (a Düsseldorf influencer) asked "von welchem Artist war ich in
letzter Zeit so obsessed": whom she played most lately.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "eher nachts oder tagsüber. beim Hören.",
        "höre ich eher nachts oder morgens oder nachmittags",
    ),
    (
        "de",
        "mehr abends oder tagsüber?",
        "höre ich eher abends oder morgens oder nachmittags",
    ),
    (
        "de",
        "hab isch dieses Jahr ieberhaupt ma Die Prinzen gehürt",
        "habe ich dieses Jahr Die Prinzen gehört",
    ),
    (
        "de",
        "welches Album hab isch vorsch Woche am meisten laufen lassen",
        "welches Album habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "welche Liedl hab isch vorsch Monat am meisten gehürt",
        "welche Lieder habe ich letzten Monat am meisten gehört",
    ),
    (
        "de",
        "zweitausendfünfundzwanzsch, wie viele Künstler hab isch da gehürt",
        "wie viele Künstler habe ich 2025 gehört",
    ),
    (
        "de",
        "mit welchem Liedl hab isch letzten Freitag uffgehürt",
        "mit welchem Lied habe ich letzten Freitag aufgehört",
    ),
    (
        "de",
        "wie viele Lieder heut früh nach der Schicht",
        "wie viele Lieder heute früh",
    ),
    (
        "de",
        "wie viele Lieder gestern Abend vor der Nachtschicht",
        "wie viele Lieder gestern Abend",
    ),
    (
        "de",
        "von welchem Artist war ich in letzter Zeit so obsessed",
        "welchen Künstler habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "von welchem Song war ich diesen Monat literally obsessed",
        "welchen Song habe ich diesen Monat am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "welches Album hab isch vorsch Woche am meisten laufen lassen",
        "welches Album habe ich letzte Woche am meisten gehört",
        "de",
    ),
    (
        "zweitausendfünfundzwanzsch, wie viele Künstler hab isch da gehürt",
        "wie viele Künstler habe ich 2025 gehört",
        "de",
    ),
    (
        "Daft Punk, wie oft lief'n die vorsch Woche",
        "wie oft habe ich Daft Punk letzte Woche gehört",
        "de",
    ),
    (
        "ham mir vorsch Woche ä bissl Air gehürt, mir beede",
        "haben wir letzte Woche Air gehört",
        "de",
    ),
    (
        "hab isch dieses Jahr ieberhaupt ma Air gehürt",
        "habe ich dieses Jahr Air gehört",
        "de",
    ),
    (
        "wann hab isch zuletzt Don't Stop Me Now gehürt",
        "wann habe ich zuletzt Don't Stop Me Now gehört",
        "de",
    ),
    (
        "mit welchem Liedl hab isch letzten Freitag uffgehürt",
        "mit welchem Lied habe ich letzten Freitag aufgehört",
        "de",
    ),
    (
        "wie viele Lieder heut früh nach der Schicht",
        "wie viele Lieder habe ich heute früh gehört",
        "de",
    ),
    (
        "von welchem Artist war ich in letzter Zeit so obsessed",
        "welchen Künstler habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Wecker um viere, nach der Schicht nochmal stellen", "de"),
    ("mach den Song auf Repeat, ich bin obsessed", "de"),
    ("spiel nochmal das Liedl von vorhin", "de"),
    ("was läuft'n grad in der Küche", "de"),
)
