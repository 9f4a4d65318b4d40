"""Writer 504, eine müde Pflegekraft im Nachtdienst, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="meistgehörter Künstler diesen Monat?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer lief dies Jahr am meisten. Künstler mein ich.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Top drei Bands letzte Woche",
        family="top_artists",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="Küche. welcher Künstler am meisten, so insgesamt",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied seit Oktober, welches",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="welches Lied am öftesten. überhaupt.",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="die fünf meistgespielten Lieder, letzte drei Monate",
        family="top_tracks",
        period="last_3_months",
        count=5,
    ),
    # top_albums
    Fresh(
        text="meistgehörtes Album im Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welches Album lief letzten Sommer am meisten",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast am meisten, letztes Jahr",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="wie lang lief gestern Musik. ungefähr.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden Podcast diese Woche",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie lange haben wir letzten Monat gehört",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele Lieder heut früh nach der Schicht",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Anzahl Folgen seit März",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler in den letzten dreißig Tagen",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wieviel verschiedene Lieder im August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="verschiedene Songs zwanzig fünfundzwanzig, wie viele",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="wie oft Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="The Daily die letzten sieben Tage, wie oft",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab ich vorgestern Justice gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Radiohead letzte Woche, lief das?",
        family="did_i",
        period="last_week",
        name="Radiohead",
    ),
    Fresh(
        text="gestern Abend Daft Punk gehabt?",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="lief bei uns am Samstag Queen",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    # what_played
    Fresh(
        text="was hab ich letzte Nacht gehört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief heut Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hat Ada seit Montag gehört",
        family="what_played",
        period="since_monday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="gestern Abend Viertel vor acht, was lief da",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heut früh halb neun, welches Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief vorhin um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was hör ich eigentlich so für Musik",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens. Uhrzeit, Wochentag.",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="neue Künstler diesen Monat dazugekommen?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in letzter Zeit neu entdeckt",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft skip ich Lieder eigentlich",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Skiprate im September",
        family="skips",
        period="september",
    ),
    # repeat
    Fresh(
        text="hör ich immer dieselben Lieder, nochmal und nochmal?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann zum ersten Mal Air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="The Weeknd, wann das erste Mal?",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="wann zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Café Tacvba, wann lief das das letzte Mal",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="letztes Lied, was war das nochmal",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="erstes Lied heute?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="womit hab ich gestern angefangen, erstes Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes Lied letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letztes Lied am dritten November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="womit hab ich letzte Woche aufgehört. Lied.",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welchem Künstler drück ich am öftesten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hab ich grad in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Rückblick Oktober bitte",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war mein Jahr so, hörmäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung letzte zwei Wochen, kurz",
        family="recap",
        period="last_2_weeks",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="eher nachts oder tagsüber. beim Hören.",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="unter der Woche mehr oder am Wochenende?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Daft Punk in der Küche abspielen",
    "leiser. bitte.",
    "Musik aus",
    "n bisschen lauter",
    "nächstes Lied",
    "Podcast pausieren",
    "The Daily weiter abspielen",
    "was läuft grad",
    "welches Lied ist das",
    "Wecker halb drei",
    "Wecker um viere, nach der Schicht nochmal stellen",
    "Timer zwanzig Minuten",
    "Küchenlicht aus",
    "Heizung auf einundzwanzig",
    "Wetter morgen früh",
    "Kaffee auf die Einkaufsliste",
    "spiel das Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Lautstärke auf drei",
    "Lautsprecher Küche und Wohnzimmer zusammen",
    "spiel was Ruhiges zum Einschlafen",
    "Regnet's heut Nacht?",
    "Lied überspringen",
    "zurück zum vorigen Lied",
]
