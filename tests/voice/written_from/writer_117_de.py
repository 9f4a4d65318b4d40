"""Writer 117, terse hurried smart-speaker user (Munich office worker), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Servus. Top-Künstler heuer?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer lief am meisten, letzte Woche?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Lieblingslied im Oktober?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Top drei Lieder, letzte dreißig Tage",
        family="top_tracks",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="Meistgehörtes Album, Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Top-Podcast dieses Jahr?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Wie lang Musik heut?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Hörzeit diese Woche?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie viele Lieder seit Montag?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Anzahl Folgen, diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler heuer?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Verschiedene Lieder letzten Monat, wie viele?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Queen, wie oft diese Woche?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Gestern Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="The Daily heut früh, lief die?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Was lief vorgestern?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Gestern Abend Viertel vor acht, was lief?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Mein Musikgeschmack, kurz?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich meistens? Uhrzeit, Wochentag.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Neue Künstler in letzter Zeit?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Skip-Quote?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate heuer?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Tage am Stück schon?",
        family="streak",
    ),
    Fresh(
        text="Café Tacvba, wann zum ersten Mal?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Bohemian Rhapsody, zuletzt wann?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Letztes Lied?",
        family="last_song",
    ),
    Fresh(
        text="Erstes Lied heut?",
        family="first_today",
    ),
    Fresh(
        text="Erstes Lied am Samstag?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Letztes Lied gestern Abend?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Meistübersprungenes Lied?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler skip ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Mein Dauerbrenner-Lied zurzeit?",
        family="on_repeat",
    ),
    Fresh(
        text="Servus, Rückblick Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mein Jahr, kurz zusammengefasst",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Morgens oder abends mehr?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter der Woche, wann mehr Musik?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Bei uns letzten Monat, Top-Band?",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Küche, Stunden letzte Woche?",
        family="listening_time",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="Radiohead im Sommer? Gehört?",
        family="did_i",
        period="summer",
        name="Radiohead",
    ),
    Fresh(
        text="Heut um acht in der Früh, welches Lied?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Gestern Abend, fünf nach acht, was lief",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    Fresh(
        text="Was lief am Wochenende?",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="Letzten Freitag, was hab ich gehört?",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Wie oft Da Funk, seit Oktober?",
        family="play_count",
        period="since_october",
        name="Da Funk",
    ),
    Fresh(
        text="Welcher Podcast am meisten, letzte zwei Wochen?",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    Fresh(
        text="Adas Top-Album im September?",
        family="top_albums",
        period="september",
        person="Ada",
    ),
    Fresh(
        text="Am dritten November, wie viele Streams?",
        family="plays",
        period="november_3",
    ),
    Fresh(
        text="Wen Neues entdeckt seit März?",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="Letztes Lied im August?",
        family="last_in",
        period="august",
    ),
    Fresh(
        text="Erstes Lied letztes Jahr, welches war's?",
        family="first_in",
        period="last_year",
    ),
    Fresh(
        text="Passt, Wochenrückblick bitte",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Letzten Sommer, wie viele Stunden?",
        family="listening_time",
        period="last_summer",
    ),
    Fresh(
        text="Letzte sieben Tage, Top-Song?",
        family="top_tracks",
        period="last_7_days",
    ),
    Fresh(
        text="Air, letzte drei Monate, lief da was?",
        family="did_i",
        period="last_3_months",
        name="Air",
    ),
    Fresh(
        text="Verschiedene Songs insgesamt?",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="Eher nachmittags oder nachts?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Letzte Nacht, welche Musik lief?",
        family="what_played",
        period="last_night",
        content="music",
    ),
]

NEGATIVES = [
    "Servus, Daft Punk in der Küche",
    "Lauter",
    "Leiser, Küche",
    "Nächstes Lied",
    "Pause",
    "Was läuft grad?",
    "Welches Lied ist das?",
    "Zufallswiedergabe an",
    "Timer zehn Minuten",
    "Wetter morgen?",
    "Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig",
    "Licht Küche aus",
    "Album Discovery abspielen",
    "Daily weiter",
    "Nächste Folge",
    "Lautstärke fünf",
    "Wecker halb sieben",
    "Küche und Wohnzimmer zusammen",
    "Stopp in zwanzig Minuten",
    "Spiel Queen",
    "Wer singt das?",
    "Was hör ich gerade?",
    "Wiederholen aus",
    "Lied überspringen, Küche",
]
