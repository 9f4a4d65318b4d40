"""Writer 49, terse in the morning and chatty in the evening (Viennese), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Top Künstler letzten Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Skips?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Tage am Stück?",
        family="streak",
    ),
    Fresh(
        text="Rückblick Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Stunden heute",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="Queen heuer, wie oft",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Top drei Lieder diese Woche",
        family="top_tracks",
        period="this_week",
        count=3,
    ),
    Fresh(
        text="Lieblingsalbum",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Podcast Nummer eins",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Letztes Lied",
        family="last_song",
    ),
    Fresh(
        text="Erstes Lied heute",
        family="first_today",
    ),
    Fresh(
        text="Justice gestern?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Neue Künstler diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Meistgeskipptes Lied",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Meistgeskippter Künstler",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Künstler heuer",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Verschiedene Lieder letzte Woche, Anzahl",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Was lief heute früh",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Minuten Musik gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Abspielungen seit Montag",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Mein Geschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Letztes Mal Daft Punk?",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Top Album heuer",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="geh, sag amal, wir haben am Samstag Leute dagehabt und ich hab aufgelegt, was hab ich da eigentlich gespielt?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="meine Schwester sagt, ich hör eh nur Queen, na ja, sag du's ihr: wer ist wirklich mein meistgehörter Künstler, überhaupt?",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="so, war ein ur langer Tag im Büro, sag amal, wie lang hab ich diese Woche schon Musik gehört?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="geh, gestern beim Kochen lief um Viertel vor acht irgendwas ur Leiwandes, was war denn das?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="na ja, mein Kollege fragt, ob ich Radiohead kenn, hab ich die überhaupt jemals gehört?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="sag amal, wann hab ich eigentlich zum allerersten Mal Café Tacvba gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wir haben grad über den Freddie Mercury geredet, wann hab ich denn Bohemian Rhapsody zuletzt gespielt?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="im Jänner hab ich mir ja vorgenommen, mehr Neues zu hören, na ja, hab ich in den letzten dreißig Tagen neue Künstler entdeckt?",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="geh, erzähl ma, wie war denn mein Monat so, musikalisch?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="bin ich eigentlich eher a Morgen- oder a Abendhörer, was meinst?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am Wochenende wirklich mehr Musik als unter der Woche, oder bild ich mir das nur ein?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="sag amal ehrlich, wie oft hab ich in den letzten drei Monaten weitergeskippt, ist das ur viel?",
        family="skips",
        period="last_3_months",
    ),
    Fresh(
        text="letzten Freitag hab ich nach der Arbeit noch Musik laufen lassen, was war denn das letzte Lied an dem Tag?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="vorgestern, was war da das erste Lied, das ich gespielt hab?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="um welche Uhrzeit hör ich eigentlich am meisten Musik, und an welchem Wochentag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="geh, was ist denn heuer mein Lieblingslied, sag amal",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="in der Küche, welches Album ist im Sommer am öftesten gelaufen?",
        family="top_albums",
        period="summer",
        room="kitchen",
    ),
    Fresh(
        text="wie viele verschiedene Lieder haben wir im Oktober bei uns in der Küche gespielt?",
        family="songs_count",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="na ja, den Podcast hör ich ja ur oft, wie oft hab ich The Daily letzten Monat gehört?",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="was lief denn heut um halb neun in der Früh? ich war noch halb im Schlaf",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="sag amal, wie viele Lieder hab ich am dritten November gespielt, das war nämlich mein Geburtstag",
        family="plays",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="geh, gib ma einen Jahresrückblick für heuer, ich find das immer so leiwand",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="welcher Podcast hat mich in letzter Zeit eigentlich so gepackt?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="letztes Jahr, wer war denn da mein Künstler Nummer eins?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="gestern am Abend, was hab ich da eigentlich alles gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wie oft lief Daft Punk in den letzten sieben Tagen, sag amal?",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich seit März das Digital Love überhaupt einmal gespielt?",
        family="did_i",
        period="since_march",
        name="Digital Love",
    ),
    Fresh(
        text="na ja, am Wochenende war ich viel beim Putzen, wie lang hab ich letztes Wochenende Podcasts gehört?",
        family="listening_time",
        period="last_weekend",
        content="podcasts",
    ),
    Fresh(
        text="meine Freundin hat gefragt, was für Musik ich eigentlich mag, wie würdest du meinen Geschmack beschreiben?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="geh, ich hab das Gefühl, ich hör immer dieselben Lieder, wie viel wiederhol ich eigentlich so?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="sag amal, wie viele Tage hintereinander hab ich jetzt schon was laufen gehabt?",
        family="streak",
    ),
    Fresh(
        text="und welchen Künstler skip ich eigentlich am öftesten, so ganz ehrlich?",
        family="most_skipped_artist",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Lauter",
    "Leiser, bitte",
    "Nächstes Lied",
    "Pause",
    "Podcast pausieren",
    "Was läuft gerade?",
    "Was ist das für ein Lied?",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "Licht in der Küche aus",
    "Wetter heute",
    "Timer zehn Minuten",
    "Heizung auf zweiundzwanzig Grad",
    "Spiel das Album Discovery",
    "geh, kannst die Musik a bissl leiser machen, ich telefonier grad",
    "sag amal, was ist denn das für a Lied, das grad läuft? das ist ur leiwand",
    "na ja, der Podcast ist heut fad, spring amal dreißig Sekunden vor",
    "schreib ma bitte Milch und Semmeln auf die Einkaufsliste",
    "wie wird denn das Wetter morgen in Wien, sag amal?",
    "geh, spiel was Gemütliches in der Küche, wir kriegen gleich Besuch",
    "stell bitte einen Wecker für halb sieben, morgen ist ur früh Dienst",
    "gruppier die Lautsprecher in der Küche und im Wohnzimmer",
    "spiel die neueste Folge von The Daily",
    "Musik aus, ich geh schlafen",
]
