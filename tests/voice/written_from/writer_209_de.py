"""Writer 209, speech-to-text dictation (Platt-influenced Northern German, misheard names and words), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wat für Künstler hab ik diesen Monat am meisten höört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="äh wer is mien Künstler von dit Johr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top drei Bands letzten Monat",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wat hebbt wir im Oktober am meisten höört für Bands",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="von wem krieg ik in letzter Tiet nich genug",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="wat is mien Lieblingslied",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="ähm die fünf meistgespielten Leeder seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="dat Lied von de Woche wat is dat",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="welches Lied lief in de Köök letzten Monat am meisten",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches Album lief dit Johr am meisten",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mien Lieblingsalbum in letzter Tiet",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="wat war im Sommer dat meistgespielte Album",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="wat für ein Podcast hör ik am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welchen Podcast hab ik letztes Johr am meisten höört",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="top Pott Cast in de letzten zwei Wochen",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    # listening_time
    Fresh(
        text="wie lang hebb ik hüüt Musik höört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie veel Stunden hebbt wir letzte Woche höört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="ähm wie lange lief in der Küche güstern wat",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Minuten Podcasts in de letzten dreißig Tage",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie veel hett Ada diese Woche höört",
        family="listening_time",
        period="this_week",
        person="Ada",
    ),
    # plays
    Fresh(
        text="wie veel Leeder hebb ik hüüt morgen spielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft wurde seit Montag insgesamt wat abgespielt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele Folgen hab ik im September höört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="de letzten 7 Tage wie veel Lieder warn dat",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie veel verschiedene Künstler hebb ik dit Johr höört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Bands in de letzten drei Monate",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="seit Oktober wie veel verschiedene Interpreten",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="wie veel verschiedene Leeder letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="wie viele verschiedene Lieder hebbt wir 2025 höört",
        family="songs_count",
        period="in_2025",
        person="we",
    ),
    # play_count
    Fresh(
        text="wie oft hebb ik Bohemien Rhapsodie spielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Quinn diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab ik Radio Head höört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft lief the Deli im Oktober",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="ähm Dschenesis von Jus Tiss wie oft lief dat seit März",
        family="play_count",
        period="since_march",
        name="Genesis by Justice",
    ),
    # did_i
    Fresh(
        text="hebb ik güstern Dschastis höört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="daft Punk in letzter Tiet höört",
        family="did_i",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ik letztes Wochenende wat von Ähr höört",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="lief vörgüstern One More Time",
        family="did_i",
        period="day_before_yesterday",
        name="One More Time",
    ),
    Fresh(
        text="hebbt wir letzten Monat Kaffee Takuba höört",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="hebb ik dit Johr Wet Leg höört",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="moin sag mal lief im August Mun Safari",
        family="did_i",
        period="august",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="wat hebb ik güstern Abend höört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief am Sonnabend",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wat lief hüüt Namiddag so",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="erzähl mal wat ik letzten Freitag höört hebb",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="wat für Musik lief letzte Nacht",
        family="what_played",
        period="last_night",
        content="music",
    ),
    # playing_at
    Fresh(
        text="wat lief güstern Abend um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="wat lief hüüt morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="hüüt um Viertel nach fünf wat war dat für ein Lied",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="vörgüstern Mittag um zwölf wat war da an",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="wat lief letzten Freitag um 9 abends",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="wat für Musik mag ik eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal mien Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ik meistens Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem Wochentag hör ik am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hebb ik in letzter Tiet neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Bands hab ik diesen Monat zum ersten Mal höört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft överspring ik Leeder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wat is mien Skiprate diesen Monat",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="hör ik immer dieselben Lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is mien Wiederholungsrate dit Johr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie veel Tage hintereinander hebb ik höört",
        family="streak",
    ),
    Fresh(
        text="äh wie lang is mien Serie so",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hebb ik dat erste Mal Justice höört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief Sexy Boy zum ersten Mal",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann hab ik zum ersten Mal de Weekend höört",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="wann hab ik dat letzte Mal Queen höört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief the Deli zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann war dat letzte Mal la fam dar schang",
        family="last_play",
        name="La femme d'argent",
    ),
    # last_song
    Fresh(
        text="wat war dat letzte Lied dat ik spielt hebb",
        family="last_song",
    ),
    Fresh(
        text="wat lief zuletzt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wat für ein Lied bin ik hüüt wach worden",
        family="first_today",
    ),
    Fresh(
        text="wat war hüüt dat erste Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war güstern dat erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes Lied am dritten November",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="wat war dat letzte Lied am Sonnabend",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="womit hebb ik letzten Freitag ophört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied överspring ik am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat is dat Lied wat ik immer wegdrück",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Band skip ik am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat für ein Lied hör ik in letzter Tiet rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="snack mal wie lief mien Oktober so",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal nen Rückblick auf dit Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass mal mien Woche zusammen",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick letzten Sommer bitte",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="wie war mien Monat",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ik mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ik eher ein Morgenhörer oder ein Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ik am Wochenende mehr als unner de Woch",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="lief bei mir mehr Musik wochentags oder am Wochenende",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel mal Daft Punk in de Köök",
    "mach de Musik lauter",
    "wat is dat für ein Lied",
    "nächstes Lied",
    "Podcast anhalten",
    "Licht in der Küche aus",
    "spiel dat Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Timer auf zwölf Minuten",
    "wie is dat Wetter morgen in Husum",
    "Milch up de Einkaufsliste",
    "Heizung auf zwanzig Grad",
    "wat hör ik grad",
    "büschen leiser bitte",
    "Lautstärke auf 4",
    "Küche und Wohnzimmer zusammen schalten",
    "spiel the Deli",
    "Musik stopp",
    "wer singt dat",
    "spiel Quinn im Wohnzimmer",
    "dreißig Sekunden zurück",
    "Wecker auf halb sieben",
    "spiel NDR 2",
    "dat Lied gefällt mir",
    "wat läuft in der Küche",
    "ein Lied zurück",
    "spiel de neueste Folge von the Daily",
    "ähm mach mal Jus Tiss an",
    "Lautsprecher in de Köök stumm",
    "moin wie spät is dat",
    "spiel wat Plattdeutsches",
]
