"""Writer 488, a Syrian engineer learning German (B1, Arabic influence), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="welche Künstler ich habe am meisten gehört letzte Woche, bitte",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist mein Nummer eins Sänger dieses Jahr yani",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top drei Künstler seit März bitte",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="wer war mein Lieblingskünstler in zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was ist die Lied ich habe am meisten gehört",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sag mir bitte fünf Lieder meiste gespielt im Oktober",
        family="top_tracks",
        period="october",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welche Album ich habe am meisten gehört in diese Monat",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="Lieblingsalbum von letzte Jahr bitte",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Podcast Nummer eins seit Oktober, danke schön",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="wie lange ich habe Musik hören heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört gestern in Küche",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viel Minuten Podcast in letzte sieben Tage",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viel Lieder ich habe gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Sachen ich habe gehört seit Montag, danke schön",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viel Folgen von Podcast im September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="heute Nachmittag wie viel Lieder ich habe hören",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene Künstler ich habe gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele Künstler insgesamt bitte",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene Lieder ich habe hören im August",
        family="songs_count",
        period="august",
        content="music",
    ),
    Fresh(
        text="wie viele andere Songs in letzte 30 Tage",
        family="songs_count",
        period="last_30_days",
        content="music",
    ),
    # did_i
    Fresh(
        text="habe ich Queen gehört gestern",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="ich habe hören Justice diese Woche?",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="haben wir letzte Wochenende Daft Punk gehört",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="habe ich Fairuz gehört dieses Jahr, inschallah ja",
        family="did_i",
        period="this_year",
        name="Fairuz",
    ),
    # play_count
    Fresh(
        text="wie viel Mal ich habe Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Mal lief Phantom von Justice diese Monat",
        family="play_count",
        period="this_month",
        name="Phantom by Justice",
    ),
    Fresh(
        text="wie oft ich habe The Daily gehört in Oktober",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern bitte",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was wir haben gehört am Samstag in die Küche",
        family="what_played",
        period="saturday",
        room="kitchen",
        person="we",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Viertel vor acht Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied war heute um acht Uhr morgens",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="gestern zehn nach acht Uhr Abend was ich habe gehört",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="was für Musik ich mag, yani mein Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mir bitte mein Musik Geschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre meistens Musik, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu welche Stunde ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="welche neue Künstler ich habe entdeckt in letzte Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue Bands diesen Monat, gibt es?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft ich mache skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="mein Skip Rate letzte Monat bitte",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="wie viel ich höre immer gleiche Lieder wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholung Rate dieses Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viel Tage hintereinander ich habe gehört",
        family="streak",
    ),
    Fresh(
        text="seit wie viel Tage ich höre jeden Tag ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe Cafe Tacuba zum ersten Mal gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann erste Mal ich habe hören Sexy Boy",
        family="first_play",
        name="Sexy Boy",
    ),
    # last_play
    Fresh(
        text="wann ich habe letzte Mal Air gehört",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="wann war letzte Mal dont stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="was war letzte Lied ich habe gehört",
        family="last_song",
    ),
    Fresh(
        text="welche Song war zuletzt, bitte",
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
        text="was war erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erste Song am dritten November bitte",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="was ich habe zuerst gehört letzte Woche",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="was war letzte Lied letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="mit was ich habe aufgehört gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="letzte Nacht was war die letzte Lied",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich mache am meisten skip",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich höre immer wieder in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="was ist bei mir in Dauerschleife jetzt",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="wie war meine Woche mit Musik, erzähl mal bitte",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick von mein Jahr bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung vom Sommer yani",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="wie war letzte drei Monate Musik bei mir",
        family="recap",
        period="last_3_months",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr Morgen oder Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmittag oder Abend, wann ich höre mehr Musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="ich höre mehr Wochenende oder normale Tage",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="am Wochenende mehr Musik oder in Woche, bitte sag mir",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel bitte Daft Punk in Küche",
    "mach Musik lauter bitte",
    "was läuft jetzt in der Küche",
    "welche Lied ist das",
    "nächste Lied bitte",
    "Podcast Pause machen",
    "mach Licht aus in Küche, danke schön",
    "spiel Album Discovery",
    "Lautstärke auf dreißig",
    "leiser bitte, yani zu laut",
    "Zufallswiedergabe an",
    "Wiederholen aus bitte",
    "Küche Lautsprecher mit Wohnzimmer zusammen machen",
    "Timer zehn Minuten für Reis",
    "wie ist Wetter in Berlin jetzt",
    "schreib Hummus auf Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "was ich höre gerade jetzt",
    "spiel Fairuz bitte",
    "stopp die Musik",
    "spiel neue Folge The Daily",
    "ein Lied zurück",
    "wer singt dieses Lied",
    "Wecker um sechs Uhr inschallah",
    "spiel Radio in Küche",
    "mach Küche stumm",
    "Musik in Wohnzimmer aus",
    "nächste Folge von Podcast bitte",
]
