"""Writer 395, eine türkischstämmige Oma in Duisburg, Deutsch als Zweitsprache, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Welche Sänger ich am meisten gehört diesen Monat?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer war mein Nummer eins Künstler letzte Jahr?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Sag mal, welche Band ich höre immer in letzte Zeit?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Welche Lied ich am meisten gehört in Oktober?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Sag mir drei Lieder, die ich meiste gespielt seit März",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="In Küche, welche Lied läuft am meisten?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welche Album ich am meisten gehört dieses Jahr?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mein Lieblingsalbum von Sommer, welche war das?",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welche Podcast ich höre am meisten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Letzte drei Monate welche Podcast war Nummer eins?",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="Wie lange Musik gelaufen heute?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stunden ich gehört letzte Woche?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Gestern wie lange wir gehört bei uns?",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder heute Morgen gespielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viel Folgen Podcast ich gehört diese Monat?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Sänger ich gehört in September?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Wie viel andere Künstler ich hatte dieses Jahr, sag mal",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder seit Montag?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Letzte dreißig Tage wie viel verschiedene Lied ich gehört?",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft ich Queen gehört dieses Jahr?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief Tarkan bei mir?",
        family="play_count",
        period="all_time",
        name="Tarkan",
    ),
    Fresh(
        text="Bohemian Rhapsody, wie viel mal ich gespielt letzte Monat?",
        family="play_count",
        period="last_month",
        name="Bohemian Rhapsody",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Abend Daft Punk gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="Ich hab Sezen Aksu gehört letzte Monat oder nicht?",
        family="did_i",
        period="last_month",
        name="Sezen Aksu",
    ),
    Fresh(
        text="Justice gehört in letzte Zeit?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    # what_played
    Fresh(
        text="Was ich gehört vorgestern?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was lief Samstag in Küche?",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="Was wir gehört haben letzte Wochenende?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend um acht Uhr?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heute früh halb neun, was war da?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="Was für Musik ich mag, sag mal",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann ich meistens Musik höre, welche Uhrzeit, welche Tag?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Welche neue Sänger ich gefunden diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Hab ich neue Künstler gehört seit Oktober, zum ersten Mal?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft ich Lied überspringe?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Letzte sieben Tage wie viel ich weitergedrückt?",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="Ich höre immer gleiche Lieder nochmal, wie viel ist das?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander ich Musik gehört?",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="Wann ich erste Mal Air gehört?",
        family="first_play",
        name="Air",
    ),
    # last_play
    Fresh(
        text="Wann letzte Mal Eres gelaufen, von Café Tacvba?",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Was war letzte Lied?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Welche Lied heute als erstes gespielt?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war erste Lied gestern?",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="Letzte Lied von letzte Freitag, welche war?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Letzte Nacht, welche Lied zum Schluss?",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welche Lied ich immer wegdrücke?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Sänger ich am meisten überspringe?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welche Lied ich jetzt immer wieder höre?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mein Musik diese Woche?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wie war mein Jahr mit Musik?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Erzähl mal bisschen, wie war bei uns August?",
        family="recap",
        period="august",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Ich höre mehr morgens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende mehr Musik oder unter Woche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in Küche",
    "Mach Musik lauter",
    "Mach bisschen leiser bitte",
    "Was für Lied ist das?",
    "Nächste Lied bitte",
    "Podcast Pause machen",
    "Küche Licht aus",
    "Spiel Album Discovery",
    "Zufallswiedergabe an machen",
    "Lied wiederholen an",
    "Timer zehn Minuten für Tee",
    "Wie wird Wetter morgen in Duisburg?",
    "Schreib Milch auf Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "Was höre ich gerade?",
    "Was läuft jetzt in Küche?",
    "Musik stopp",
    "Spiel türkische Musik",
    "Lautsprecher Küche und Wohnzimmer zusammen machen",
    "Wecker für sieben Uhr",
    "Spiel Queen im Wohnzimmer",
    "Lied überspringen bitte",
    "Podcast weiter spielen",
]
