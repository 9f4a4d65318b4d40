"""Writer 307, a Greek-German restaurant owner speaking learner German, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ela sag mal, welche Künstler ich hab am meisten gehört letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist meine Nummer eins Band in diese Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in Küche welche Sänger läuft am meisten seit Oktober",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="Künstler Nummer eins die letzte drei Monate, wer war",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="welche Lied war meine Lieblingslied in Sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="sag mir drei Lieder was ich am meisten spiele",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welche Lied war der Hit bei mir letzten Sommer",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="welche Album ich hab am meisten gehört letzten Monat",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="meine Lieblingsalbum von zweitausendfünfundzwanzig welche ist",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Podcast Nummer eins bei mir die letzte dreißig Tage",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="wie viel Stunde Musik ich hab gehört diese Woche",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie lange lief bei uns gestern Musik in die Küche",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie lange ich hab heute Podcast gehört",
        family="listening_time",
        period="today",
        content="podcasts",
    ),
    Fresh(
        text="seit März wie viel Stunden ich hab gehört, alles zusammen",
        family="listening_time",
        period="since_march",
    ),
    # plays
    Fresh(
        text="wie viele Lieder ich hab gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft wir haben was gehört am letzte Wochenende, alles zusammen",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene Künstler ich habe gehört in August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="wie viele andere Bands diese Monat, verschiedene meine ich",
        family="artists_count",
        period="this_month",
    ),
    # songs_count
    Fresh(
        text="wie viel verschieden Lieder seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viele verschiedene Songs ich hab gehört letzte sieben Tage",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="wie oft ich hab gespielt Don't Stop Me Now diese Jahr",
        family="play_count",
        period="this_year",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wie viel mal lief Daft Punk in September",
        family="play_count",
        period="september",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich hab Mikis Theodorakis gehört, po po po, bestimmt viel",
        family="play_count",
        period="all_time",
        name="Mikis Theodorakis",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Abend Queen gehört oder nicht",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="sag mal Justice lief vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich Haris Alexiou gehört in letzte Zeit",
        family="did_i",
        period="lately",
        name="Haris Alexiou",
    ),
    Fresh(
        text="lief bei uns letzten Freitag die Album Moon Safari",
        family="did_i",
        period="last_friday",
        name="Moon Safari",
        person="we",
    ),
    # what_played
    Fresh(
        text="was ich hab gehört heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief bei uns am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was für Musik ich hatte letzte Nacht",
        family="what_played",
        period="last_night",
        content="music",
    ),
    # playing_at
    Fresh(
        text="gestern Abend so um acht Uhr zehn was war das für Lied",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="heute früh halb neun was hat gespielt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwoch um neun Uhr abends was lief in Küche",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für Musik ich mag, sag du mir",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meine Geschmack von Musik",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre normal Musik, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="um wie viel Uhr ich höre meistens",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="gibt neue Künstler bei mir in letzte Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Band ich hab zum ersten Mal gehört diese Monat",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft ich mach skip, so Prozent",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Lieder ich hab übersprungen letzte Woche",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="ich höre immer gleiche Lieder, wie viel Prozent ist wiederholt",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft ich wiederhole Lieder diese Monat",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander ich hab Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang ist meine Serie, jeden Tag gehört ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich hab zum ersten Mal Cafe Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann ist Phantom bei mir, die erste Mal",
        family="first_play",
        name="Phantom",
    ),
    # last_play
    Fresh(
        text="wann war letzte Mal Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann ich hab letzte Mal The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="welche war letzte Lied was ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="letzte Song, was war, ich hab vergessen",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute erste Lied",
        family="first_today",
    ),
    Fresh(
        text="mit welche Lied ich hab angefangen heute, ganz am Anfang",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste Lied gestern was war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war erste Song am dritte November",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="letzte Lied vorgestern, welche",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit was wir haben aufgehört letzte Woche, die letzte Lied",
        family="last_in",
        period="last_week",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Song mag ich nicht, immer ich drücke weiter",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich überspringe am meisten",
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
        text="welche Lied ich höre jetzt immer wieder und wieder",
        family="on_repeat",
    ),
    Fresh(
        text="was ist bei mir gerade auf Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war meine Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach mir Zusammenfassung von meine Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war letzte Monat bei uns, Musik und alles",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="gib mir Rückblick bitte",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mittag oder Abend, wann läuft mehr Musik bei mir",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="am Wochenende ich höre mehr wie unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktag oder Wochenende, wann ich hör mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Theodorakis in Küche",
    "mach Musik lauter",
    "Musik leiser bitte, Gäste reden",
    "was ist das für Lied",
    "nächste Lied",
    "Podcast Pause machen",
    "mach Licht aus in Küche",
    "Timer zehn Minuten für Moussaka",
    "wie wird Wetter morgen",
    "schreib Feta auf Einkaufsliste",
    "Heizung auf zweiundzwanzig",
    "spiel Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Lautsprecher Küche und Gastraum zusammen machen",
    "was ich höre gerade jetzt",
    "stopp die Musik",
    "spiel griechische Radio",
    "überspring diese Lied",
    "noch mal von vorne diese Lied",
    "Lautstärke auf sechs",
    "spiel neue Folge von The Daily",
    "wer singt das gerade",
    "spiel Queen in Küche aber leise",
]
