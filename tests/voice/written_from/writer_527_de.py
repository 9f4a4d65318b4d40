"""Writer 527, eine Polin mit Deutsch B1 (polnische Wortstellung, Artikel fehlen oder falsch, falsche Freunde), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Welche Kapelle ich habe am meisten gehört in letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist mein Nummer eins Künstler in diese Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="drei Künstler, was ich am meisten höre seit März",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="was ist meine Lieblingslied von alle Zeit",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="welche Lied war am meisten gespielt in Küche in Oktober",
        family="top_tracks",
        period="october",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welche Album ich habe am meisten gehört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="meine Lieblingsplatte in Sommer, welche war",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="die Podcast Nummer eins in diese Jahr, welche ist",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="wie lange ich habe Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gestern gehört",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wie viel Zeit ich war mit Podcast in letzte 30 Tage",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viel Lieder ich habe gespielt heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel Mal wurde was gespielt in diese Woche",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wie viel Episoden ich habe gehört in letzte Monat",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Lieder hat Ada gespielt gestern",
        family="plays",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene Künstler ich habe gehört in diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="von wie viel Kapellen ich habe was gehört insgesamt",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene Lieder seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs ich hatte in letzte drei Monate",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="wie viel Mal ich habe Queen gehört in diese Monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Daft Punk One More Time, wie oft ich hab gespielt",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wie viel Mal lief Radiohead bei mir",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="war Air bei mir in letzte Zeit oder nicht",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="haben wir am Samstag Bohemian Rhapsody gehört",
        family="did_i",
        period="saturday",
        name="Bohemian Rhapsody",
        person="we",
    ),
    Fresh(
        text="ob ich habe Wet Leg gehört in diese Jahr",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="was ich habe gestern am Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern in Küche",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="sag mal, was ich habe gehört am letzte Freitag",
        family="what_played",
        period="last_friday",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied war heute um halb neun früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was war an um fünf nach fünf heute Nachmittag",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="was für Musik ich mag, kannst du sagen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mir meine Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre meistens, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr ich höre normalerweise",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich neue Künstler entdeckt in letzte Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche neue Kapellen kamen in diese Monat",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich habe übersprungen in letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="wie oft ich höre dieselbe Lieder wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine Wiederholung Rate in diese Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viel Tage nacheinander ich höre schon",
        family="streak",
    ),
    Fresh(
        text="seit wie viel Tage ohne Pause ich höre jeden Tag",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe zum erste Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war erste Mal Café Tacvba bei mir",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann zuletzt ich habe The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann ich hab letzte Mal Don't Stop Me Now gespielt",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="was war letzte Lied, was ich habe gespielt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welche Lied ich habe heute angefangen",
        family="first_today",
    ),
    Fresh(
        text="welches Lied war heute als erstes",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erste Lied am Samstag, welche war",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="was war letzte Lied am letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="mit was ich habe aufgehört gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich überspringe am öftesten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich höre aktuell in Schleife",
        family="on_repeat",
    ),
    Fresh(
        text="was ist jetzt meine Ohrwurm, was ich immer wieder spiele",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war meine Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach mir Zusammenfassung von diese Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick auf letzte Jahr bitte",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich mehr am Wochenende oder unter Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "mach Musik lauter",
    "was läuft jetzt in Küche",
    "welche Lied ist das",
    "überspring diese Lied",
    "Podcast Pause bitte",
    "nächste Lied",
    "mach Licht in Küche aus",
    "spiel Album Discovery",
    "Lautstärke auf zwanzig",
    "mach leiser bitte",
    "Zufallswiedergabe an",
    "wiederhol diese Lied",
    "verbinde Lautsprecher in Küche und Wohnzimmer",
    "stell Timer auf zehn Minuten",
    "wie wird Wetter morgen",
    "schreib Milch auf Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "was ich höre gerade jetzt",
    "spiel neue Folge von The Daily",
    "stopp Musik",
    "spiel was ruhiges zum Kochen",
    "Wecker auf sieben Uhr stellen",
    "zurück zu vorherige Lied",
    "wer singt diese Lied",
]
