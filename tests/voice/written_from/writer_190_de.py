"""Writer 190, a non-native speaker (Polish learner of German), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="welche Künstler ich höre am meisten diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war mein Nummer eins Sänger in letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="welche Band wir haben meiste gehört letzte Woche",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingslied von diese Jahr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="sag mir drei Lieder was ich am meisten gespielt hab im Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="meist gespielte Lied überhaupt",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="welche Album ich habe am meisten gehört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum von Sommer bitte",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre meiste in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top Podcast seit März",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="wie lange ich habe Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört gestern Abend",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="wie lange lief Podcast in diese Woche",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viel Lieder ich hab gespielt heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Wiedergaben in letzte 30 Tage",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="wie viel Folgen von Podcast ich habe gehört im September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich hab gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel Künstler insgesamt",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder in letzte Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viel unterschiedliche Songs seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie viel mal ich habe Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal lief Daft Punk diese Monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich hab Radiohead gespielt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie viel mal The Daily in Küche letzte Woche",
        family="play_count",
        period="last_week",
        name="The Daily",
        room="kitchen",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="habe ich Justice gespielt an Samstag",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="haben wir in Sommer Air gehört",
        family="did_i",
        period="summer",
        name="Air",
        person="we",
    ),
    Fresh(
        text="ich hab Wet Leg gehört dieses Jahr oder nicht",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="was ich hab gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was Ada hat gehört heute Nachmittag",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    Fresh(
        text="was für Musik lief an dritte November",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um Viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was war um halb neun heute früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welche Lied lief vorgestern um neun Uhr abends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="was hat gespielt heute nachmittags um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was für Musikgeschmack ich habe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="kannst du beschreiben was für Musik ich mag",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr ich höre normalerweise",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welche Tag von Woche ich höre meiste",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="neue Künstler in diese Monat gibt es",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler ich hab entdeckt in letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich hab übersprungen letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="wie oft ich höre gleiche Sachen wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate seit Oktober bitte",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="wie viel Tage hintereinander ich höre schon",
        family="streak",
    ),
    Fresh(
        text="seit wie viel Tage ohne Pause ich höre",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich hab zum ersten Mal Cafe Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann erste Mal lief Around the World",
        family="first_play",
        name="Around the World",
    ),
    # last_play
    Fresh(
        text="wann ich hab letzte Mal Phantom gehört",
        family="last_play",
        name="Phantom",
    ),
    Fresh(
        text="wann lief zuletzt Digital Love von Daft Punk",
        family="last_play",
        name="Digital Love by Daft Punk",
    ),
    # last_song
    Fresh(
        text="was war letzte Lied",
        family="last_song",
    ),
    Fresh(
        text="welche Song ich hab zuletzt gespielt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="mit welche Lied ich bin aufgewacht heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste Lied gestern was war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was ich hab angefangen letzte Freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letzte Lied an Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="was war letzte Song im August",
        family="last_in",
        period="august",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="meist übersprungene Song",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich überspringe meistens",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welche Band ich drücke immer weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich höre in Dauerschleife zurzeit",
        family="on_repeat",
    ),
    Fresh(
        text="was für Song läuft bei mir immer wieder in diese Tage",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir Rückblick von diese Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung von meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wie war bei uns letzte Monat musikalisch",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr in Nachmittag oder in Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich an Wochenende mehr als unter Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="mehr Musik an Werktage oder an Wochenende",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "mach Musik lauter bitte",
    "was für Lied ist das",
    "überspring diese Lied",
    "Podcast pause machen",
    "nächste Lied in Wohnzimmer",
    "mach Licht in Küche aus",
    "spiel Album Discovery",
    "Zufallswiedergabe einschalten",
    "wiederhol diese Lied",
    "Lautsprecher in Küche und Wohnzimmer zusammen gruppieren",
    "stell Timer für zehn Minuten",
    "wie wird Wetter morgen",
    "schreib Milch auf Einkaufsliste",
    "Heizung auf 21 Grad stellen",
    "was ich höre gerade jetzt",
    "was läuft jetzt in Küche",
    "spiel neueste Folge von The Daily",
    "mach leiser, zu laut ist",
    "Musik stoppen bitte",
    "spiel bisschen Queen",
    "wer singt das",
    "Podcast weiter spielen",
    "Lautstärke auf fünfzig",
    "spiel Justice in Küche mit Zufall",
    "zurück zu vorherige Lied",
    "Wecker für sechs Uhr stellen",
]
