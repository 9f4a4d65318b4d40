"""Writer 547, ein Vietnamese in Berlin mit Deutsch A2-B1 und Spracherkennung, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Sänger ich höre am meisten diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer ist mein Nummer 1 Künstler 2025",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="was ist mein Lieblingslied dieses Jahr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="top 3 Lied letzte Monat bitte",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="welches Lied Ada hört am meisten im Sommer",
        family="top_tracks",
        period="summer",
        person="Ada",
    ),
    Fresh(
        text="welche Album ich am meisten hören",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum seit März was ist",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="in letzte Zeit welche Podcast ich immer hören",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="in Oktober meine Podcast Nummer 1 welche",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="wie viel Stunde ich Musik hören heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Minuten Podcast diese Woche ich hören",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder ich spielen heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="vorgestern wie viel Sachen lief insgesamt",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie viel Lied wir hören letztes Wochenende",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich hören dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschieden Sänger letzte 30 Tage",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele verschiedene Lieder ich habe gehört im August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="Anzahl verschieden Lied letzte 3 Monate",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft ich höre Quinn diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsodie wie viel mal gespielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft ich hören Son Tung MTP dieses Jahr",
        family="play_count",
        period="this_year",
        name="Son Tung MTP",
    ),
    Fresh(
        text="gestern ich hören Justus oder nicht",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ich höre Daft Punk heute schon",
        family="did_i",
        period="today",
        name="Daft Punk",
    ),
    Fresh(
        text="Café Takuba ich höre letzte Jahr",
        family="did_i",
        period="last_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="Ada hat Around the World gehört seit Oktober",
        family="did_i",
        period="since_october",
        name="Around the World",
        person="Ada",
    ),
    Fresh(
        text="letzte Nacht was ich hören",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief in Kuchen am Samstag",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="welche Musik heute Nachmittag ich hören",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="was lief gestern 19 Uhr 45",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute 8 Uhr 30 was ich hören",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um 17 Uhr heute was läuft",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="was für Musik ich mag",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="mein Musik Geschmack wie ist",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich meistens Musik hören welche Uhrzeit welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="welche Stunde ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler ich entdecken diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Band ich höre erste Mal in letzte 2 Wochen",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="wie viel ich drücke überspringen",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="äh ich skippen viel letzte Woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="ich höre immer gleiche Lied wie viel Prozent",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft ich wiederhole Lieder letzte 7 Tage",
        family="repeat",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Tage hintereinander ich hören",
        family="streak",
    ),
    Fresh(
        text="jeden Tag nacheinander ich höre Musik wie viel Tag schon",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wann ich erste Mal Justice hören",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann erste Mal ich hören Den Vau",
        family="first_play",
        name="Den Vau",
    ),
    Fresh(
        text="wann letzte Mal ich hören Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Phantom von Justice letzte Mal wann",
        family="last_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="letzte Lied was ich hören",
        family="last_song",
    ),
    Fresh(
        text="welche Lied zuletzt gespielt",
        family="last_song",
    ),
    Fresh(
        text="erste Lied heute was",
        family="first_today",
    ),
    Fresh(
        text="heute früh mit welche Lied ich anfangen",
        family="first_today",
    ),
    Fresh(
        text="erste Lied gestern welche",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="am 3 November erste Lied was war",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="letzte Lied gestern Abend welche",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="welche Lied ich höre zuletzt letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspringen am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches Lied ich immer weiter drücken",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Sänger ich skippen am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Künstler ich immer überspringen wer ist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder jetzt",
        family="on_repeat",
    ),
    Fresh(
        text="was läuft bei mir Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Rückblick dieses Jahr bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wie war letzte Monat bei uns",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmittag oder Nacht wann ich mehr Musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wochenende oder unter Woche ich höre mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="ich hören mehr Musik Samstag Sonntag oder Arbeitstag",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "Musik lauter bitte",
    "mach leiser Musik",
    "was ist das für Lied jetzt",
    "welche Lied läuft jetzt",
    "nächste Lied",
    "Lied überspringen",
    "Podcast Pause machen",
    "spiel Album Discovery",
    "Licht in Küche aus machen",
    "Licht Wohnzimmer an",
    "Timer 15 Minuten für Pho",
    "Wetter morgen Berlin wie",
    "Milch auf Einkaufsliste schreiben",
    "Heizung 21 Grad machen",
    "Lieder zufällig spielen",
    "Lied wiederholen immer",
    "Lautstärke 4",
    "Lautsprecher Küche und Wohnzimmer zusammen",
    "was ich höre gerade",
    "spiel Daily Podcast neue Folge",
    "spiel vietnamesische Musik",
    "Musik stoppen in 20 Minuten",
    "zurück vorherige Lied",
    "Küche Musik aus",
    "Wecker 6 Uhr stellen",
]
