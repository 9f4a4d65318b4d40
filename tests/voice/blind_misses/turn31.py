"""Issue 45's thirty-first turn: blind writers 152 to 156, their wrong facts and misses.

Writers 152 to 156 (a Dublin taxi driver and a Berlin night nurse, a
Birmingham and a Swabian grandmother, a Bangalore engineer and a Polish
care worker, a New Zealand farmer and a Nuremberger who dictate without
punctuation, a Californian record-store clerk and a Bernese collector) were
scored before anything was tuned on them. What they showed, in this file's
own phrasings:

- Wrong facts: "at three last night", "heute Nacht um drei" were read as
  3 PM (the small hours after a night are the next day's); Swabian
  "letschde Woch", "letschds Johr", "letschde Summer" were no period, so
  all time or this year was answered; "today evening 5 15" lost its clock;
  "heavy rotation just now" was today's top; "who were we into" told what
  played; "exact count, how much X since October" took the period for the
  name; "..., count and all" made a ranking a count; "hitting skip more
  than usual" named the song skipped most.
- Misses: Bernese German as a whole ("wi mängisch", "han i", "glost",
  "färn", "am achti"), Franconian "heit", "a weng", "etz", "meistghörte",
  a learner's "wann zuletzt lief X", "war X dabei", Indian English "na",
  "yaar", "itself", "maximum", a dropped g dictated without its apostrophe
  ("durin", "mornins"), and words Home Assistant took for an area ("what
  was me song of September", "has Ada had any Air on this week").
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Swabia, Franconia, Berlin, a learner.
    (
        "de",
        "wie viel Liedle hab i geschdern g'hört",
        "wie viele Lieder hab ich gestern gehört",
    ),
    (
        "de",
        "Wen hemmer letschde Woch am meischde g'hört",
        "wen haben wir letzte Woche am meisten gehört",
    ),
    (
        "de",
        "wann hab i des letschde Mol Queen laufe lasse",
        "wann hab ich das letzte Mal Queen gehört",
    ),
    (
        "de",
        "welches Album lief dit Jahr am meisten",
        "welches Album lief dieses Jahr am meisten",
    ),
    (
        "de",
        "wer war mei meistghörter künstler letzte woch",
        "wer war mein meistgehörter Künstler letzte Woche",
    ),
    (
        "de",
        "welchen Podcast hör i heuer so gscheit viel",
        "welchen Podcast höre ich dieses Jahr am meisten",
    ),
    (
        "de",
        "wann zuletzt lief Sexy Boy von Air",
        "wann lief Sexy Boy von Air zuletzt",
    ),
    (
        "de",
        "war Justice letzte Woche dabei",
        "habe ich Justice letzte Woche gehört",
    ),
    # Bern.
    (
        "de",
        "wi mängisch han i Genesis färn glost",
        "wie oft habe ich Genesis letztes Jahr gehört",
    ),
    (
        "de",
        "weli Band han i dä Monet am meischte glost",
        "welche Band habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "wenn han i Air ds erschte Mau glost",
        "wann habe ich Air das erste Mal gehört",
    ),
    (
        "de",
        "lose ni meh am Morge oder am Abe",
        "höre ich mehr am Morgen oder am Abend",
    ),
    (
        "de",
        "wi mängi Folge han i die Wuche glost",
        "wie viele Folgen habe ich diese Woche gehört",
    ),
    # English.
    (
        "en",
        "who were we into this month",
        "who did we listen to the most this month",
    ),
    (
        "en",
        "which tune is on heavy repeat lately",
        "which song have I had on repeat lately",
    ),
    (
        "en",
        "how many songs i played yesterday na",
        "how many songs did I play yesterday",
    ),
    (
        "en",
        "what was playing today evening 6 20",
        "what was playing this evening at 6:20",
    ),
    (
        "en",
        "am I skipping more than usual this month",
        "what's my skip rate this month",
    ),
    (
        "en",
        "top five artists this year, count and all",
        "top five artists this year",
    ),
    (
        "en",
        "exact count, how much Queen did I play in October",
        "how much Queen did I play in October",
    ),
    (
        "en",
        "what kicked things off yesterday",
        "what was the first thing I played yesterday",
    ),
    (
        "en",
        "how long have I kept it up, listening every day without a break",
        "what's my listening streak",
    ),
    ("en", "what was me song of august", "what was my top song in august"),
    (
        "en",
        "do i listen more in the mornins or the evenins",
        "do i listen more in the mornings or the evenings",
    ),
    (
        "en",
        "what's on heavy rotation with me just now",
        "what's on heavy rotation lately",
    ),
    (
        "en",
        "has Ada had any Queen on this month",
        "did Ada listen to Queen this month",
    ),
    # Writers 157 to 161, and the two wrong facts left by writers 137 to 141.
    (
        "de",
        "wie vü Liada hob i gestan gspüt",
        "wie viele Lieder habe ich gestern gespielt",
    ),
    (
        "de",
        "wöches Liad hob i im Summa am meistn ghört",
        "welches Lied habe ich im Sommer am meisten gehört",
    ),
    (
        "de",
        "Wie oft lief Genesis in de letschte siwwe Dag",
        "wie oft lief Genesis in den letzten sieben Tagen",
    ),
    ("de", "hebb ik diese Woche Queen gehört", "habe ich diese Woche Queen gehört"),
    (
        "en",
        "how much Queen have I had on dis week",
        "how much Queen have I had on this week",
    ),
    (
        "en",
        "Queen, did I play any of that last month",
        "did I play Queen last month",
    ),
    (
        "en",
        "what were the three songs I played most this year",
        "what were my top three songs this year",
    ),
    (
        "en",
        "wednesday by nine for night what was playing",
        "wednesday at nine pm what was playing",
    ),
    (
        "de",
        "Was war so los mit'm Hören letzten Sommer",
        "wie war mein Hören letzten Sommer",
    ),
    (
        "de",
        "Nennen Sie mir meine drei meistgespielten Lieder des heurigen Jahres",
        "nenn mir meine drei meistgespielten Lieder dieses Jahr",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Who've I had on the wireless most this week?",
        "who did I listen to most this week",
        "en",
    ),
    ("have I ever had Justice on", "did I ever listen to Justice", "en"),
    ("which podcast am i at the most", "which podcast did I listen to most", "en"),
    ("fave song this summer sweet as", "what was my top song this summer", "en"),
    (
        "wie viel Lieder gestern Abend gelaufen",
        "wie viele Lieder habe ich gestern Abend gehört",
        "de",
    ),
    ("erzähl mal wie war mei woch", "wie war meine Woche", "de"),
    (
        "wi lang han i hüt scho Müsig glost",
        "wie lange habe ich heute Musik gehört",
        "de",
    ),
)

# What is playing now and a command stay Home Assistant's.
STAYS: tuple[Stays, ...] = (
    ("was lose ni grad jetz", "de"),
    ("what's playing just now", "en"),
    ("turn the wireless on in the kitchen", "en"),
    ("put some tunes on, yaar", "en"),
)
