"""Writer 502, ein Russlanddeutscher Spätaussiedler (russische Einflüsse), Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="sag mir bitte welche Sänger ich hab am meisten gehört diese Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="nu wer war meine Nummer eins Künstler letzte Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="drei Künstler am meisten gehört seit März sag mir",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="welche Gruppe war Nummer eins letzte Sommer bei mir",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="welche Lied ich hab gehört am meisten in Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="meine fünf Lieblingslieder von ganze Zeit normal",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="letzte drei Monate welche Lied läuft am meisten",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="welche Album läuft bei mir am meisten diese Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer was war",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre meistens in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich Musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wieviel Stunden wir haben gehört letzte Woche in Küche",
        family="listening_time",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie lange lief Podcast diese Woche",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wieviel Stunden Musik in August sag mir",
        family="listening_time",
        period="august",
        content="music",
    ),
    # plays
    Fresh(
        text="wieviel Lieder ich hab gespielt heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wieviel Mal überhaupt was gelaufen vorgestern",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="seit Montag wieviel Lieder normal",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wieviel verschiedene Künstler ich hab gehört in ganze Jahr 2025",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="wieviele Interpreten verschiedene seit Oktober",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="wieviel verschiedene Lieder hab ich gehört diese Monat",
        family="songs_count",
        period="this_month",
    ),
    # play_count
    Fresh(
        text="wieviel Mal ich hab gehört Bohemian Rhapsody diese Woche",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="sag mir bitte wieviel Mal lief Daft Punk letzte dreißig Tage",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    Fresh(
        text="Helene Fischer wieviel Mal gespielt überhaupt",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="hab ich gehört gestern Queen",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="hab ich heute früh Daily gehört oder nicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="habe ich mal gehört Alla Pugatschowa",
        family="did_i",
        period="all_time",
        name="Alla Pugatschowa",
    ),
    Fresh(
        text="haben wir am Samstag Justice gehört",
        family="did_i",
        period="saturday",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="in letzte Zeit Air lief bei mir",
        family="did_i",
        period="lately",
        name="Air",
    ),
    # what_played
    Fresh(
        text="was ich hab gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns letzte Wochenende",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was für Musik ich hab gehört heute Nachmittag",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="letzte sieben Tage was ich hab gehört so",
        family="what_played",
        period="last_7_days",
    ),
    Fresh(
        text="was lief letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Viertel nach acht Abend",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="welche Lied war heute früh um acht Uhr zehn",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="was hat gespielt heute um fünf nach fünf Nachmittag",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="was für Geschmack ich hab bei Musik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="welche Musik ich mag normal, beschreib mal",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre meistens, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="welche neue Künstler ich hab entdeckt diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="gibt neue Sänger in letzte zwei Wochen",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Skip-Rate letzte Monat sag mir",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="wie viel ich höre immer gleiche Lieder wieder, diese Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wieviel Tage hintereinander ich höre schon ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich hab Cafe Tacuba erste Mal gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann war erste Mal Sexy Boy",
        family="first_play",
        name="Sexy Boy",
    ),
    # last_play
    Fresh(
        text="wann ich hab letzte Mal gehört Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief zuletzt Album Discovery",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="welche Lied war letzte, was ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="erste Lied heute was war",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste Lied gestern welche war",
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
        text="letzte Lied am dritten November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="was war letzte Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich skippe immer am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich hör jetzt immer und immer wieder",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war meine Monat mit Musik",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Rückblick für letzte Jahr bitte",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="wie war bei uns September so mit Musik",
        family="recap",
        period="september",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="am Wochenende ich hör mehr als unter Woche oder nicht",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "mach Musik lauter",
    "spiel Daft Punk in Küche",
    "nächste Lied bitte",
    "Licht in Küche aus",
    "wie wird Wetter morgen",
    "stell Timer zehn Minuten für Pelmeni",
    "schreib Buchweizen auf Einkaufsliste",
    "was läuft gerade jetzt",
    "welche Lied ist das",
    "Podcast Pause mach",
    "Heizung auf zweiundzwanzig Grad",
    "spiel Album Discovery",
    "Zufallswiedergabe an normal",
    "Lied wiederholen einschalten",
    "Lautsprecher in Küche und Wohnzimmer zusammen machen",
    "leiser bitte",
    "überspring diese Lied",
    "mach russische Radio an",
    "stopp Musik",
    "wer singt das gerade",
    "Wecker auf sechs Uhr stellen",
    "spiel Podcast The Daily weiter",
]
