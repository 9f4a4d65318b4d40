"""Writer 394, eine Pendlerin, die im Zug tippt, mit Autokorrektur-Fehlern, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich letzte Woge am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war 2025 mein Top-Künstler",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="in der Kuchen wer läuft da am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Top Künstler der letzten zwei Wochen kurz",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="welches Lied lief im Oktober am häufigsten",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Top 3 Leder diesen Monat",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="Lieblingssong letzten Sommer?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="welches Album hab ich seit März am meisten gehört",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Lieblingsalbus seit Oktober",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meist gehörter Podcast dieses Jahr",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="wie viele Stunden Musik heute schon",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Zeit haben wir letztes Wochenende mit Hören verbracht",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie lange lief in der Kuchen heute Nachmittag was",
        family="listening_time",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Stunden hab ich letztes Jahr gehört",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="wie viele Lieder hab ich gestern gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen diesen Mond",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Sachen seit Montag abgespielt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele verschiedene Künstler diesen Sommer",
        family="artists_count",
        period="summer",
    ),
    Fresh(
        text="wie viele Künstler insgesamt bisher",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene Songs in den letzten 30 Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Justiz diese Woche",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="wie oft hat Ada im September Genesis gehört",
        family="play_count",
        period="september",
        name="Genesis",
        person="Ada",
    ),
    Fresh(
        text="hab ich gestern Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief vorgestern Daft Punkt?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="in letzter Zeit mal Radiohead gehört?",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="heute früh The Daily gehört oder nicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="was hab ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns letzten Monat so",
        family="what_played",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="was lief am 3. November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern Abend um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute früh um halb neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief Samstag mittag um 12",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="was für Musik mag ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise, also Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler entdeckt diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in den letzten 3 Monaten neu entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft überspringe ich eigentlich Sachen",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skip-Quote letzte 7 Tage",
        family="skips",
        period="last_7_days",
    ),
    Fresh(
        text="hör ich oft dieselben Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="seit wann taucht The Dally bei mir auf",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="wann lief zuletzt Eres von Café Tacvba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was war das letzte Lied das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="erstes Lied heute?",
        family="first_today",
    ),
    Fresh(
        text="was war das erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was lief als letztes letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="letztes Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welches Lied überspringe ich am meisen",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skippe ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Rückblick auf letzte Wache bitte",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="mein Jahr bisher kurz zusammengefasst",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="im August eher nachmittags oder abends gehört?",
        family="compare_day_parts",
        period="august",
    ),
    Fresh(
        text="am Wochenende mehr oder unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punkt in der Kuchen",
    "mach die Musik Lauter",
    "was läuft grade in der Küche",
    "welches Lied ist das",
    "überspring das Leid",
    "Podcast pausieren",
    "nächster Titel im Wohnzimmer",
    "Licht in der Kuchen aus",
    "spiel das Album Discovery",
    "Lautstärke auf 20",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Küche und Wohnzimmer zusammen abspielen",
    "Timer 8 Minuten",
    "wie wird das Wetter morgen",
    "Milch auf die Einkaufsliste",
    "Heizung auf 21 Grad",
    "was hör ich gerade",
    "spiel The Daily",
    "Musik stopp",
    "leiser bitte",
    "spiel was Ruhiges in der Küche",
    "nächste Folge",
    "wer singt das",
]
