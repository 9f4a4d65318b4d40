"""Writer 75, a terse smart-speaker user (Hamburg logistics worker), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Top-Künstler dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab ich letzten Monat am meisten gehört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Band Nummer eins. insgesamt",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="Moin. meine drei Top-Künstler seit Oktober",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="bei uns letztes Jahr, meistgehörte Band",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Lied des Monats",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Top fünf Songs 2025",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="Küche, meistgespielter Titel letzte dreißig Tage",
        family="top_tracks",
        period="last_30_days",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="meistgehörtes Album",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welche Platte lief im Sommer am meisten",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast am meisten, dieses Jahr",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Podcast, an dem ich grad hänge",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange heute gehört",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="Stunden Musik diese Woche",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Podcastzeit letzten Monat",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie lang lief bei uns im Oktober was",
        family="listening_time",
        period="october",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele Lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Anzahl Wiedergaben letzte sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Folgen seit März, wie viele",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="heute Nachmittag, wie viel gespielt",
        family="plays",
        period="this_afternoon",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="September. Anzahl Bands",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Songs letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="verschiedene Titel seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="Bohemian Rhapsody, wie oft dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft Queen diesen Monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Fettes Brot, wie oft gelaufen",
        family="play_count",
        period="all_time",
        name="Fettes Brot",
    ),
    Fresh(
        text="Da Funk letzte Woche. Zahl",
        family="play_count",
        period="last_week",
        name="Da Funk",
    ),
    # did_i
    Fresh(
        text="gestern Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Air diese Woche, ja oder nee",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="The Daily heute früh gelaufen?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Jan Delay letztes Jahr?",
        family="did_i",
        period="last_year",
        name="Jan Delay",
    ),
    Fresh(
        text="in letzter Zeit mal Café Tacvba?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="was lief gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="letzten Freitag, was gehört",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="vorgestern. was war an",
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
        text="Musik am dritten November, was",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="gestern Abend Viertel vor acht, was lief",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh halb neun, welcher Song",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwoch abends zehn nach neun, was war an",
        family="playing_at",
        moment="2026-11-18 21:10",
    ),
    Fresh(
        text="Küche heute zwanzig nach fünf nachmittags, was lief",
        family="playing_at",
        moment="2026-11-20 17:20",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="mein Geschmack, kurz",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="worauf steh ich eigentlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="übliche Uhrzeit, üblicher Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="neue Künstler diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="seit Oktober wen Neues entdeckt?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Skiprate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft diese Woche weitergedrückt",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer denselben Kram?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück",
        family="streak",
    ),
    Fresh(
        text="Serie, aktuell",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann zum ersten Mal Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Eres von Café Tacvba, seit wann",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Don't Stop Me Now zuletzt wann",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The Daily, wann zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann lief Helene Fischer zuletzt",
        family="last_play",
        name="Helene Fischer",
    ),
    # last_song
    Fresh(
        text="letzter Song",
        family="last_song",
    ),
    Fresh(
        text="was hatte ich zuletzt an",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="erstes Lied heute",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heut in den Tag",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erster Titel gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit ging letzte Woche los",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="letztes Lied gestern",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="im Oktober, letzter Song",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="meistübersprungener Titel dieses Jahr",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="wen skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was läuft bei mir in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Song, den ich grad rauf und runter hör",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Rückblick, meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="sag mal, wie war mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Oktober zusammengefasst",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Zusammenfassung, mein Hören",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="morgens oder abends, wann mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="eher Morgen- oder Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="dieses Jahr: Werktage gegen Wochenende",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "Musik lauter",
    "Lautstärke vier",
    "was is das für'n Lied",
    "weiter",
    "nächster Titel",
    "Podcast Pause",
    "Musik aus",
    "spiel The Daily",
    "Album Discovery abspielen",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "Küchenlicht aus",
    "Timer zwölf Minuten",
    "Wetter morgen",
    "Milch auf die Einkaufsliste",
    "Heizung zwei Grad hoch",
    "Küche und Wohnzimmer zusammen",
    "was läuft grad",
    "wer singt das",
    "leiser, Küche",
    "spiel Queen",
    "Wecker halb fünf",
    "Lied überspringen",
    "regnet's nachher?",
    "Küchenlautsprecher aus",
    "stumm",
]
