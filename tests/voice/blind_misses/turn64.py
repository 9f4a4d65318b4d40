"""Issue 45's sixty-first turn, last round: blind writers 404 to 411, German.

Writers 404 to 411 (an Allgäu farmer, a Kiel student, a Chinese learner,
a woman after a party at two in the morning, a Lower Bavarian, a precise
blind user who spells out every period, an English learner and a Stuttgart
teenager) were scored on `1dd5a6c5` (the turn's German mends and the first
English merge) before anything was tuned on them: 410 of 468 German
questions right, 9 wrong facts, 1 of 195 negatives captured. The ways
behind the wrong facts, the capture and the precise user's misses, in this
file's own phrasings:

- "Wie lang ist dieses Lied insgesamt?" asks the length of what plays: it
  had been answered with the listening time (captured).
- A period spelled out again (`precise_de`): "gestern, am Donnerstag, dem
  neunzehnten November", "von Montag ... bis jetzt" (since; Monday alone had
  been answered), "im gesamten Jahr ..., von Januar bis Dezember", "im
  Sommer letzten Jahres, also Juni bis August", "zwischen achtzehn Uhr und
  Mitternacht" after the evening, "ab zwölf Uhr mittags bis jetzt" after the
  afternoon, "heute eingeschlossen", "bis einschließlich heute", the
  weekend's two days named after it; a month said whole again ("vom ersten
  bis zum einunddreißigsten": its first day had been answered).
- A measure said after a ranking ("gemessen an allen Wiedergaben
  überhaupt": the plays had been counted), "über den gesamten Zeitraum"
  (read as a room).
- A memory's lapse after the question ("boah ich weiß es nicht mehr": the
  top song had been answered).
- Lower Bavaria's "Nammittag" (all of today had been answered), "war do
  des X vom Y dabei" (the artist alone had been answered); a learner's
  "viel mal" (most often).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wie viele Lieder liefen von Dienstag, dem siebzehnten November, bis jetzt?",
        "Wie viele Lieder liefen seit Dienstag, dem siebzehnten November?",
    ),
    (
        "de",
        "Was lief vorgestern, am Mittwoch, dem achtzehnten November?",
        "Was lief vorgestern?",
    ),
    (
        "de",
        "Welche Band habe ich im gesamten Jahr 2025 am meisten gehört, von Januar bis Dezember?",
        "Welche Band habe ich im Jahr 2025 am meisten gehört?",
    ),
    (
        "de",
        "Was lief gestern Abend, zwischen achtzehn Uhr und Mitternacht?",
        "Was lief gestern Abend?",
    ),
    (
        "de",
        "Wie viele Tage am Stück habe ich bis einschließlich heute Musik gehört?",
        "Wie viele Tage am Stück habe ich Musik gehört?",
    ),
    (
        "de",
        "Welcher Künstler lief in den letzten dreißig Tagen, heute eingeschlossen, am meisten?",
        "Welcher Künstler lief in den letzten dreißig Tagen am meisten?",
    ),
    (
        "de",
        "Erzähl mal, wie war mein September, vom ersten bis zum dreißigsten?",
        "Erzähl mal, wie war mein September?",
    ),
    (
        "de",
        "Welcher ist mein Lieblingskünstler, gemessen an allen Wiedergaben?",
        "Welcher ist mein Lieblingskünstler insgesamt?",
    ),
    (
        "de",
        "Welches Lied überspringe ich am häufigsten, über den ganzen Zeitraum gesehen?",
        "Welches Lied überspringe ich insgesamt am häufigsten?",
    ),
    (
        "de",
        "was lief heute früh, ach ich weiß es nicht mehr",
        "was lief heute früh",
    ),
    (
        "de",
        "Wia lang is gestan Nammittag wos glaffa",
        "Wie lange lief gestern Nachmittag etwas",
    ),
    (
        "de",
        "letzte Woche welche Künstler ich höre viel mal",
        "welche Künstler habe ich letzte Woche am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Wie viele Wiedergaben hatte ich von Montag, dem sechzehnten November, bis jetzt?",
        "Wie viele Wiedergaben hatte ich seit Montag?",
        "de",
    ),
    (
        "Womit habe ich am Wochenende angefangen, also am Samstag, dem vierzehnten, und Sonntag, dem fünfzehnten November?",
        "Womit habe ich am Wochenende angefangen?",
        "de",
    ),
    (
        "Im Oktober, war do des Sexy Boy vom Air dabei",
        "Habe ich im Oktober Sexy Boy von Air gehört?",
        "de",
    ),
    (
        "was hab ich heute Morgen gehört, boah ich weiß es nicht mehr",
        "Was habe ich heute Morgen gehört?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Wie lang ist dieses Lied insgesamt?", "de"),
    ("Wie lange dauert die Folge noch?", "de"),
)
