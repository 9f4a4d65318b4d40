"""Issue 45's seventy-third turn (blind round twelve): a Zurich banker and a Hanover teacher (blind writers 498, 500).

Writer 498, a Zurich banker, writes Swiss Standard German with business
precision. "Seit anfangs Oktober" (since the start of October) was read as
October alone and October's top song answered: a wrong fact. "Welcher
Interpret führt ... meine Rangliste an", "Zeitaufwand für Podcasts im
Oktober", "Letztmals Wet Leg gehört - wann war das?", "Einen kurzen Rapport
über meinen Monat" reached no sentence of Encore's; "erstmals gehört" (the
new artists), "seit anfangs Monat", a story before its dash ("Am Samstag
haben wir grilliert - was lief da ...") and a streak's "Stand heute:" said
first were heard and not understood.

Writer 500, a Hanover grammar-school teacher, says each period again,
exactly: "im laufenden Jahr, das heißt seit dem ersten Januar", "im Sommer,
also zwischen Anfang Juni und Ende August", "in der laufenden
Kalenderwoche, seit Montag, dem sechzehnten", "am vergangenen Wochenende,
am vierzehnten und fünfzehnten" (read as the fourteenth's last play: a
wrong fact), "um Viertel vor acht, also um neunzehn Uhr fünfundvierzig",
"um zwölf Uhr mittags"; and a day's part in the genitive, "am Vormittag des
heutigen Tages". Each was asked back or answered another question.

`parse.zurich_banker_de` and `parse.precise_teacher_de` read them;
`parse.spelled_out` drops her periods said again, and a clock said again
naming the same moment; `when` reads "am Abend des vergangenen Samstags"
(no longer the whole Saturday) and "im laufenden Jahr". A period's start,
middle or end no reader reads ("Ende Oktober", "anfangs Monat", "per Ende
Monat", "Anfang der Woche") is asked back, never answered as the whole
month, the week, today or all time.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Welcher Interpret führt im laufenden Jahr meine Rangliste an?",
        "Welcher Interpret ist dieses Jahr auf Platz eins?",
    ),
    (
        "de",
        "Wer führt im Oktober meine Rangliste an?",
        "Wer ist im Oktober auf Platz eins?",
    ),
    (
        "de",
        "Was ist gemäss Ihren Daten mein meistgespieltes Lied seit anfangs Oktober?",
        "Was ist mein meistgespieltes Lied seit Anfang Oktober?",
    ),
    (
        "de",
        "Zeitaufwand für Podcasts im Oktober, bitte in Stunden und Minuten.",
        "Wie lange habe ich im Oktober Podcasts gehört?",
    ),
    (
        "de",
        "Am Samstag haben wir grilliert \u2013 was lief da bei uns an Musik?",
        "Was lief am Samstag bei uns an Musik?",
    ),
    (
        "de",
        "Welche Interpreten habe ich im Oktober erstmals gehört?",
        "Welche Interpreten habe ich im Oktober zum ersten Mal gehört?",
    ),
    (
        "de",
        "Sind seit anfangs Monat neue Künstler dazugekommen?",
        "Welche neuen Künstler habe ich diesen Monat entdeckt?",
    ),
    (
        "de",
        "Letztmals Wet Leg gehört \u2013 wann war das?",
        "Wann habe ich Wet Leg zuletzt gehört?",
    ),
    (
        "de",
        "Erstmals Queen gehört \u2013 wann war das?",
        "Wann habe ich Queen zum ersten Mal gehört?",
    ),
    (
        "de",
        "Einen kurzen Rapport über meinen Monat, bitte.",
        "Einen kurzen Rückblick über meinen Monat, bitte.",
    ),
    (
        "de",
        "Wer war im laufenden Jahr, das heißt seit dem ersten Januar, mein meistgehörter Interpret?",
        "Wer war dieses Jahr mein meistgehörter Interpret?",
    ),
    (
        "de",
        "Wie viel Zeit habe ich am Vormittag des heutigen Tages mit Hören verbracht?",
        "Wie viel Zeit habe ich heute Vormittag mit Hören verbracht?",
    ),
    (
        "de",
        "Was lief am Nachmittag des gestrigen Tages?",
        "Was lief gestern Nachmittag?",
    ),
    (
        "de",
        "Wie oft habe ich in der laufenden Kalenderwoche, seit Montag, dem sechzehnten, Titel übersprungen?",
        "Wie oft habe ich diese Woche Titel übersprungen?",
    ),
    (
        "de",
        "Was lief gestern Abend um Viertel vor acht, also um neunzehn Uhr fünfundvierzig?",
        "Was lief gestern Abend um Viertel vor acht?",
    ),
    (
        "de",
        "Wie viel habe ich seit Wochenbeginn gehört?",
        "Wie viel habe ich diese Woche gehört?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Each reached no sentence of Encore's, or was not understood.
    (
        "Welcher Interpret führt im laufenden Jahr meine Rangliste an?",
        "Welchen Interpreten habe ich dieses Jahr am meisten gehört?",
        "de",
    ),
    # The wrong fact: October alone was answered.
    (
        "Was ist gemäss Ihren Daten mein meistgespieltes Lied seit anfangs Oktober?",
        "Was ist mein meistgespieltes Lied seit Anfang Oktober?",
        "de",
    ),
    (
        "Zeitaufwand für Podcasts im Oktober, bitte in Stunden und Minuten.",
        "Wie lange habe ich im Oktober Podcasts gehört?",
        "de",
    ),
    (
        "Am Samstag haben wir grilliert \u2013 was lief da bei uns an Musik?",
        "Was lief am Samstag bei uns an Musik?",
        "de",
    ),
    (
        "Welche Interpreten habe ich im Oktober erstmals gehört?",
        "Welche Interpreten habe ich im Oktober zum ersten Mal gehört?",
        "de",
    ),
    (
        "Sind seit anfangs Monat neue Künstler dazugekommen?",
        "Welche neuen Künstler habe ich diesen Monat entdeckt?",
        "de",
    ),
    (
        "Stand heute: An wie vielen Tagen in Folge habe ich Musik gehört?",
        "An wie vielen Tagen in Folge habe ich Musik gehört?",
        "de",
    ),
    (
        "Erstmals Queen gehört \u2013 wann war das?",
        "Wann habe ich Queen zum ersten Mal gehört?",
        "de",
    ),
    (
        "Einen kurzen Rapport über meinen Monat, bitte.",
        "Einen kurzen Rückblick über meinen Monat, bitte.",
        "de",
    ),
    (
        "Wer war im laufenden Jahr, das heißt seit dem ersten Januar, mein meistgehörter Interpret?",
        "Wer war dieses Jahr mein meistgehörter Interpret?",
        "de",
    ),
    (
        "Wie viel Zeit habe ich am Vormittag des heutigen Tages mit Hören verbracht?",
        "Wie viel Zeit habe ich heute Vormittag mit Hören verbracht?",
        "de",
    ),
    # The wrong fact: the fourteenth's last play was answered.
    (
        "Haben wir am vergangenen Wochenende, am vierzehnten und fünfzehnten, The Daily gehört?",
        "Haben wir letztes Wochenende The Daily gehört?",
        "de",
    ),
    (
        "Was lief gestern Abend um Viertel vor acht, also um neunzehn Uhr fünfundvierzig?",
        "Was lief gestern Abend um Viertel vor acht?",
        "de",
    ),
    (
        "Am Samstag, dem vierzehnten November, um zwölf Uhr mittags: Was lief da?",
        "Was lief am vierzehnten November um zwölf Uhr?",
        "de",
    ),
    (
        "Wie oft habe ich in der laufenden Kalenderwoche, seit Montag, dem sechzehnten, Titel übersprungen?",
        "Wie oft habe ich diese Woche Titel übersprungen?",
        "de",
    ),
    # The same speech, other questions.
    (
        "Wer führt im Oktober meine Rangliste an?",
        "Wen habe ich im Oktober am meisten gehört?",
        "de",
    ),
    (
        "Wie viel habe ich seit Wochenbeginn gehört?",
        "Wie viel habe ich diese Woche gehört?",
        "de",
    ),
    (
        "Was lief am Abend des vergangenen Samstags?",
        "Was lief am letzten Samstagabend?",
        "de",
    ),
    (
        "Wie viele Lieder habe ich im laufenden Monat, das heißt seit dem ersten November, gehört?",
        "Wie viele Lieder habe ich diesen Monat gehört?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    (
        "Erinnere mich anfangs Monat an die Zahlung zu Handen der Liegenschaftsverwaltung.",
        "de",
    ),
    ("Wo kann ich beim Paradeplatz parkieren?", "de"),
    ("Spiel die neueste Folge von The Daily ab.", "de"),
    ("Zeitaufwand für den Arbeitsweg heute?", "de"),
    ("Rapport über die Heizung, bitte.", "de"),
    ("Sagen Sie mir bitte, wie das Wetter morgen wird.", "de"),
    ("Sagen Sie mir bitte, ob die Haustür abgeschlossen ist.", "de"),
    ("Musik in der Küche stoppen.", "de"),
    ("Lautstärke auf dreissig Prozent.", "de"),
)

# A period's start, middle or end no reader reads: asked back, never the
# whole month, the week, today or all time.
UNREAD: tuple[tuple[str, str], ...] = (
    ("de", "Wie viel habe ich Ende Oktober gehört?"),
    ("de", "Was habe ich anfangs Oktober am meisten gehört?"),
    ("de", "Wie viel habe ich seit Ende Oktober gehört?"),
    ("de", "Wie viel habe ich per Ende Monat gehört?"),
    ("de", "Sind anfangs Monat neue Künstler dazugekommen?"),
    ("de", "Wie viel habe ich Anfang der Woche gehört?"),
    ("de", "Wie viel habe ich Anfang des Monats gehört?"),
)
