"""Writer 81, a terse smart-speaker user (Kölner Elektriker), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="Top-Künstler letzte Woche", family="top_artists", period="last_week"),
    Fresh(
        text="wer lief am meisten diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="die drei meistgehörten Bands, dieses Jahr",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(text="auf wen fahr ich grad so ab", family="top_artists", period="lately"),
    Fresh(
        text="Top-Band zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied, letzter Monat", family="top_tracks", period="last_month"
    ),
    Fresh(
        text="meistgespieltes Lied seit Oktober",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="Top fünf Lieder. Insgesamt.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="in der Küche, welches Lied am häufigsten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Hit der letzten zwei Wochen?", family="top_tracks", period="last_2_weeks"
    ),
    # top_albums
    Fresh(text="Album des Jahres", family="top_albums", period="this_year"),
    Fresh(
        text="welche Platte am meisten, im Sommer", family="top_albums", period="summer"
    ),
    Fresh(text="Lieblingsalbum überhaupt", family="top_albums", period="all_time"),
    # top_podcasts
    Fresh(text="meistgehörter Podcast", family="top_podcasts", period="all_time"),
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit rauf und runter",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Küche, gestern, wie lange",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="wie lange lief heut Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Hörzeit letzte 30 Tage", family="listening_time", period="last_30_days"
    ),
    Fresh(
        text="wie viele Stunden Podcast im September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie lang hatten wir letztes Wochenende wat an",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele Lieder heute", family="plays", period="today", content="music"
    ),
    Fresh(
        text="Anzahl Wiedergaben, letztes Wochenende",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="wie viele Folgen dieses Jahr",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="seit Montag, wie viel gespielt insgesamt",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(text="Anzahl Bands, insgesamt", family="artists_count", period="all_time"),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder diese Woche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="verschiedene Titel im August, wie viele",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="wie oft Queen dieses Jahr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody, wie oft letzten Monat",
        family="play_count",
        period="last_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief The Daily diese Woche",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead, wie oft insgesamt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(text="Justice gestern?", family="did_i", period="yesterday", name="Justice"),
    Fresh(
        text="hab ich heut früh Sexy Boy gehört",
        family="did_i",
        period="this_morning",
        name="Sexy Boy",
    ),
    Fresh(
        text="lief bei uns letzte Woche Daft Punk",
        family="did_i",
        period="last_week",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="Wet Leg diesen Monat, jo oder nä",
        family="did_i",
        period="this_month",
        name="Wet Leg",
    ),
    Fresh(
        text="Café Tacvba im Oktober gehört?",
        family="did_i",
        period="october",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="gestern Abend, wat lief", family="what_played", period="yesterday_evening"
    ),
    Fresh(
        text="was hab ich letzten Freitag gehört",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="vorgestern, was lief da",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief bei uns am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="heute Nachmittag, wat hab ich gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wat hat Ada gestern gehört",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="halb neun heute früh, welches Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwoch Mittag, zwölf Uhr, was lief",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="heute fünf nach fünf nachmittags, wat lief da",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="gestern zehn vor acht abends?",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(text="mein Geschmack, kurz", family="taste", period="all_time"),
    Fresh(text="wat für Zeug hör ich eigentlich", family="taste", period="all_time"),
    Fresh(text="Geschmack dieses Jahr", family="taste", period="this_year"),
    # peak
    Fresh(text="wann hör ich meistens", family="peak", period="all_time"),
    Fresh(
        text="um welche Uhrzeit läuft bei mir am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem Wochentag hör ich am meisten Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="wen Neues entdeckt diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(text="neue Künstler seit März", family="new_artists", period="since_march"),
    Fresh(
        text="neue Bands, letzte sieben Tage",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(text="wie oft skip ich", family="skips", period="all_time"),
    Fresh(text="Skiprate letzte Woche", family="skips", period="last_week"),
    Fresh(
        text="wie viel übersprungen diesen Monat", family="skips", period="this_month"
    ),
    # repeat
    Fresh(text="Wiederholungsrate", family="repeat", period="all_time"),
    Fresh(text="hör ich immer dat Gleiche?", family="repeat", period="all_time"),
    Fresh(
        text="wie oft hab ich dieses Jahr dieselben Lieder nochmal gespielt",
        family="repeat",
        period="this_year",
        content="music",
    ),
    # streak
    Fresh(text="wie viele Tage am Stück", family="streak"),
    Fresh(text="Serie, wie lang?", family="streak"),
    # first_play
    Fresh(text="wann zum ersten Mal Justice", family="first_play", name="Justice"),
    Fresh(text="Eres, erstes Mal wann", family="first_play", name="Eres"),
    Fresh(text="seit wann hör ich The Daily", family="first_play", name="The Daily"),
    # last_play
    Fresh(text="wann zuletzt Queen", family="last_play", name="Queen"),
    Fresh(
        text="Digital Love von Daft Punk, wann zuletzt",
        family="last_play",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="The Weeknd, wann zuletzt gehört", family="last_play", name="The Weeknd"
    ),
    # last_song
    Fresh(text="letztes Lied", family="last_song"),
    Fresh(text="wat lief als Letztes", family="last_song"),
    # first_today
    Fresh(text="erstes Lied heute", family="first_today"),
    Fresh(text="womit ging's heut los", family="first_today"),
    # first_in
    Fresh(text="erstes Lied gestern", family="first_in", period="yesterday"),
    Fresh(
        text="womit fing letztes Wochenende an",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="erster Titel am dritten November", family="first_in", period="november_3"
    ),
    # last_in
    Fresh(text="letztes Lied letzte Nacht", family="last_in", period="last_night"),
    Fresh(
        text="womit hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(text="letzter Titel im Oktober", family="last_in", period="october"),
    # most_skipped
    Fresh(text="meistübersprungenes Lied", family="most_skipped", period="all_time"),
    Fresh(
        text="welches Lied drück ich am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Band skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="was läuft grad in Dauerschleife", family="on_repeat"),
    Fresh(text="dat Lied, dat ich grad nicht loswerd", family="on_repeat"),
    # recap
    Fresh(text="wie war meine Woche", family="recap", period="this_week"),
    Fresh(text="Jahresrückblick", family="recap", period="this_year"),
    Fresh(text="Rückblick letzter Monat", family="recap", period="last_month"),
    Fresh(text="Zusammenfassung, kurz", family="recap", period="this_month"),
    Fresh(text="letzten Sommer, wie war's", family="recap", period="last_summer"),
    # compare_day_parts
    Fresh(
        text="morgens oder abends mehr?", family="compare_day_parts", period="all_time"
    ),
    Fresh(
        text="eher Morgen- oder Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittags oder abends, dieses Jahr",
        family="compare_day_parts",
        period="this_year",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche, wann mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="werktags mehr als am Wochenende? letzte drei Monate",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "Daft Punk in der Küche",
    "lauter",
    "leiser, bisschen",
    "Lied überspringen",
    "nächstes",
    "Podcast Pause",
    "Musik aus",
    "wat läuft da grad",
    "welches Lied ist dat",
    "Zufallswiedergabe an",
    "Wiederholen an",
    "Küchenlicht aus",
    "Timer zwanzig Minuten",
    "Wetter morgen",
    "regnet's morgen in Köln",
    "Kabelbinder auf die Einkaufsliste",
    "Heizung auf einundzwanzig",
    "Lautsprecher Küche und Wohnzimmer zusammen",
    "spiel Discovery",
    "spiel The Daily",
    "nächste Folge",
    "ein Lied zurück",
    "stumm",
    "Lautstärke fünf",
    "Wecker halb sechs",
    "wat hör ich grad",
    "Radio an",
    "spiel wat von Queen",
    "Stopp",
    "weiter",
]
