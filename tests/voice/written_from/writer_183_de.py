"""Writer 183, terse smart-speaker user (Frankfurt / Hessian), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Top-Künstler letzte Woch",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wen hab isch des Jahr am meiste gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="mei drei Top-Bands",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="wer lief bei uns letzte Monat am meiste",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Top-Künstler die letzte sieben Tag",
        family="top_artists",
        period="last_7_days",
    ),
    Fresh(
        text="Top-Künstler im August",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Top fünf Lieder, gell",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="meistgespieltes Lied im Sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in de Küch, welches Lied am meiste seit Oktober",
        family="top_tracks",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="de Ada ihr Lieblingslied letzte Monat",
        family="top_tracks",
        period="last_month",
        person="Ada",
    ),
    Fresh(
        text="Lieblingslied die letzte drei Monat",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="Lieblingsalbum",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welches Album zwanzig fünfundzwanzig am meiste",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="Top-Podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welcher Podcast über die letzte zwei Woche am meiste",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    Fresh(
        text="auf welchen Podcast bin isch grad so versesse",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang Musik heut",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lang hab isch gestern gehört",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Stunden Podcast im September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie lang lief bei uns vorgestern Musik",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lang heut Nachmittag",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="wie viel Lieder heut Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Wiedergaben insgesamt",
        family="plays",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab isch letzte Nacht abgespielt",
        family="plays",
        period="last_night",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler des Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele Bands letzte Monat",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder letzte Woch",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="verschiedene Lieder seit März, wie viele",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="wie oft Queen diese Woch",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief One More Time von Daft Punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wie oft hab isch Phantom gehört im Oktober",
        family="play_count",
        period="october",
        name="Phantom",
    ),
    Fresh(
        text="wie oft Helene Fischer",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Bohemian Rapsody, wie oft letztes Jahr",
        family="play_count",
        period="last_year",
        name="Bohemian Rhapsody",
    ),
    # did_i
    Fresh(
        text="hab isch gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Air am Samstag gehört?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="lief The Daily heut früh",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab isch je Wet Leg gehört",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="im August Cafe Tacuba gehört, gell?",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="was hab isch gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief am dritte November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief bei uns am Wochenend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Abend um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heut früh um acht, was lief",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="heut Nachmittag Viertel nach fünf, was lief da",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="vorgestern Mittag um zwölf, was lief",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="letzten Freitag um neun abends, was war des",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="gestern zehn vor acht am Abend, welches Lied",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="beschreib emol mein Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="mein Musikgeschmack, kurz",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör isch meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör isch normal Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="ebbes Neues entdeckt diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue Künstler seit Montag",
        family="new_artists",
        period="since_monday",
    ),
    Fresh(
        text="ebbes Neues in letzter Zeit, gell?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft skip isch",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skiprate diese Woch",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="wie oft hör isch des Gleiche nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate letzte dreißig Tag",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab isch gehört",
        family="streak",
    ),
    Fresh(
        text="wie viel Tag hintereinander hör isch schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab isch Justice zum erste Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Da Funk, wann des erste Mal",
        family="first_play",
        name="Da Funk",
    ),
    # last_play
    Fresh(
        text="wann zuletzt Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann hab isch zuletzt Sexy Boy gehört",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann lief zuletzt Rammstein",
        family="last_play",
        name="Rammstein",
    ),
    # last_song
    Fresh(
        text="letztes Lied",
        family="last_song",
    ),
    Fresh(
        text="welches Lied hab isch als Letztes gehört",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="erstes Lied heut",
        family="first_today",
    ),
    Fresh(
        text="womit hab isch heut angefange",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erstes Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab isch letzten Freitag angefange",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letztes Lied gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="was war des letzte Lied am Samstag",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip isch am meiste",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="meistübersprungenes Lied",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring isch am meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Band drück isch immer weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hör isch zurzeit rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="was hab isch momentan auf Repeat",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Rückblick auf mei Woch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Oktober-Rückblick",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mer e Zusammenfassung",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="letztes Jahr im Rückblick",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Rückblick auf de letzte Sommer",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör isch mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittags oder abends, wann mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenend oder unner de Woch, wann mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör isch werktags mehr Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in de Küch",
    "mach lauter",
    "Musik leiser, gell",
    "was isch des für e Lied",
    "nächstes Lied",
    "Podcast Pause",
    "Licht in de Küch aus",
    "spiel des Album Discovery",
    "Lautstärke auf drei",
    "Zufallswiedergabe an",
    "des Lied in Dauerschleife",
    "Lautsprecher Küch und Wohnzimmer zusammen",
    "Timer zehn Minute",
    "wie wird's Wetter morge",
    "Äppelwoi auf die Einkaufsliste",
    "Heizung auf einezwanzig Grad",
    "was läuft grad",
    "was hör isch grad",
    "spiel The Daily",
    "Musik aus",
    "weiter",
    "überspring des",
    "spiel ebbes von Queen",
    "stumm",
    "Wecker auf sechs",
    "wie spät isch's",
    "nächste Folge",
    "wer singt des",
    "Wiederholung aus, gell",
    "in de Küch ebbes leiser",
]
