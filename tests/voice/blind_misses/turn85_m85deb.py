"""Issue 45's eighty-third turn (blind round twenty-two): a roofer, a Ruhr teenager, a Syrian learner.

Blind writer 553, a terse Westerwald roofer, asked "Die letzten drei Monat,
welche Platte vorne" with no verb: the parser read it, but no sentence
heard it and Home Assistant's own took it for a name. A net line now hears
a kind (or "wer") with "vorne" after a period, or the period after it.

Blind writer 555, sixteen, from Gelsenkirchen, said "welchen podcast bin
ich grad so am suchten" (youth slang: what he is hooked on now, his top
lately; Home Assistant had taken "suchten" for an area) and "wie lang war
ich heute nachmittag so am hören" (the Ruhr's progressive, in the past; no
sentence heard it): `ruhr_teen_de` reads both, on its marks only, and net
lines hear them. His guess after the question ("..., voll wenig oder") had
been read as the name asked about; `asides_and_turns_de` leaves out any
young speaker's "voll"/"echt"/"safe" guess said after a comma, and
`learner_slips_de` a Polish learner's "kurczę" between commas (blind writer
303's "im August wie viel Lieder, kurczę, bestimmt viel" had been read as
the name "kurczę, bestimmt viel").

Blind writer 557, a Syrian in Bremen, dictates A2-B1 German with the
question word late: "dritte november was ich höre da" (a bare date),
"jeden tag ich höre seit wie viel tage schon" (the streak), "the dayli
podcast letzte mal wann war" (the last play; the history's name matching
finds The Daily), "immer weiter drücke ich bei welche song" (the most
skipped): `syrian_dictated_de` reads them on his marks only. "yani
dieses jahr mein nummer eins künstler wer ist", "wallah welche song ich
kann nicht aufhören", "wiederholung wie viel prozent bei mir in letzte
zeit" and "nachmittag oder abend wann mehr musik bei mir" were read right
but reached no sentence (or an area "mir"): net lines hear them, "yani" is
a Kiezdeutsch opener of the net now.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # 553's own, and the same terse "vorne" said another way.
    (
        "de",
        "Die letzten drei Monat, welche Platte vorne",
        "welche Platte habe ich die letzten drei Monat am meisten gehört",
    ),
    (
        "de",
        "welche Platte vorne die letzten drei Monat",
        "welche Platte habe ich die letzten drei Monat am meisten gehört",
    ),
    (
        "de",
        "welcher Podcast vorne dies Jahr",
        "welchen Podcast habe ich dieses Jahr am meisten gehört",
    ),
    # 555's own, and others of his age.
    (
        "de",
        "welchen podcast bin ich grad so am suchten",
        "welchen podcast höre ich in letzter zeit am meisten",
    ),
    ("de", "wen bin ich grad am suchten", "wen höre ich in letzter zeit am meisten"),
    (
        "de",
        "welches lied war ich im sommer voll am suchten",
        "welches lied habe ich im sommer am meisten gehört",
    ),
    (
        "de",
        "auf welchen künstler bin ich momentan am süchten",
        "welchen künstler höre ich in letzter zeit am meisten",
    ),
    (
        "de",
        "wie lang war ich heute nachmittag so am hören",
        "wie lange habe ich heute nachmittag gehört",
    ),
    (
        "de",
        "wie lange war ich gestern abend am hören",
        "wie lange habe ich gestern abend gehört",
    ),
    ("de", "wat war ich gestern so am hören", "was habe ich gestern gehört"),
    (
        "de",
        "wieviele folgen podcast hab ich im september gehört, voll wenig oder",
        "wie viele folgen podcast hab ich im september gehört",
    ),
    (
        "de",
        "wie viele lieder hab ich heute gehört, safe voll viele ne",
        "wie viele lieder hab ich heute gehört",
    ),
    (
        "de",
        "wie lange hab ich diese woche musik gehört, echt viel oder",
        "wie lange hab ich diese woche musik gehört",
    ),
    # A Polish learner's "kurczę" left after the guess was left out (303).
    (
        "de",
        "im August wie viel Lieder, kurczę, bestimmt viel",
        "wie viele Lieder habe ich im August gehört",
    ),
    # 557's own, and other learners of his kind.
    (
        "de",
        "yani dieses jahr mein nummer eins künstler wer ist",
        "wer ist dieses jahr mein top künstler",
    ),
    (
        "de",
        "dritte november was ich höre da",
        "was habe ich am dritten november gehört",
    ),
    ("de", "erste oktober was ich höre", "was habe ich am ersten oktober gehört"),
    (
        "de",
        "zwanzigste september was ich gehört hab",
        "was habe ich am zwanzigsten september gehört",
    ),
    (
        "de",
        "wiederholung wie viel prozent bei mir in letzte zeit",
        "wie hoch ist meine wiederholungsquote in letzter zeit",
    ),
    (
        "de",
        "jeden tag ich höre seit wie viel tage schon",
        "wie viele tage am stück habe ich gehört",
    ),
    (
        "de",
        "jeden tag musik ich höre seit wie viele tage",
        "wie viele tage am stück habe ich gehört",
    ),
    (
        "de",
        "seit wie viel tage ich höre jeden tag",
        "wie viele tage am stück habe ich gehört",
    ),
    (
        "de",
        "the dayli podcast letzte mal wann war",
        "wann habe ich the dayli podcast zum letzten mal gehört",
    ),
    (
        "de",
        "daft punk letzte mal wann gehört",
        "wann habe ich daft punk zum letzten mal gehört",
    ),
    ("de", "eres erste mal wann war", "wann habe ich eres zum ersten mal gehört"),
    (
        "de",
        "immer weiter drücke ich bei welche song",
        "welches lied überspringe ich am meisten",
    ),
    (
        "de",
        "immer weg drücke ich bei welche sänger",
        "welchen künstler überspringe ich am meisten",
    ),
    (
        "de",
        "bei welche song ich drücke immer weiter",
        "welches lied überspringe ich am meisten",
    ),
    (
        "de",
        "wallah welche song ich kann nicht aufhören",
        "welches lied kann ich nicht aufhören zu hören",
    ),
    (
        "de",
        "nachmittag oder abend wann mehr musik bei mir",
        "höre ich nachmittags oder abends mehr musik",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Die letzten drei Monat, welche Platte vorne",
        "welche Platte habe ich die letzten drei Monat am meisten gehört",
        "de",
    ),
    (
        "welcher Podcast vorne dies Jahr",
        "welchen Podcast habe ich dieses Jahr am meisten gehört",
        "de",
    ),
    (
        "welchen podcast bin ich grad so am suchten",
        "welchen podcast höre ich in letzter zeit am meisten",
        "de",
    ),
    (
        "wie lang war ich heute nachmittag so am hören",
        "wie lange habe ich heute nachmittag gehört",
        "de",
    ),
    (
        "wieviele folgen podcast hab ich im september gehört, voll wenig oder",
        "wie viele folgen podcast hab ich im september gehört",
        "de",
    ),
    (
        "yani dieses jahr mein nummer eins künstler wer ist",
        "wer ist dieses jahr mein top künstler",
        "de",
    ),
    (
        "dritte november was ich höre da",
        "was habe ich am dritten november gehört",
        "de",
    ),
    (
        "wiederholung wie viel prozent bei mir in letzte zeit",
        "wie hoch ist meine wiederholungsquote in letzter zeit",
        "de",
    ),
    (
        "jeden tag ich höre seit wie viel tage schon",
        "wie viele tage am stück habe ich gehört",
        "de",
    ),
    (
        "the dayli podcast letzte mal wann war",
        "wann habe ich the dayli podcast zum letzten mal gehört",
        "de",
    ),
    (
        "immer weiter drücke ich bei welche song",
        "welches lied überspringe ich am meisten",
        "de",
    ),
    (
        "wallah welche song ich kann nicht aufhören",
        "welches lied kann ich nicht aufhören zu hören",
        "de",
    ),
    (
        "nachmittag oder abend wann mehr musik bei mir",
        "höre ich nachmittags oder abends mehr musik",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("was bin ich gerade am hören", "de"),
    ("was bin ich grad so am hören", "de"),
    ("wiederhol das lied", "de"),
    ("was ist vorne in der küche", "de"),
    ("mach das licht vorne an", "de"),
    ("am dritten november termin eintragen", "de"),
    ("weiter drücken", "de"),
    ("jeden tag um sieben wecker stellen", "de"),
)
