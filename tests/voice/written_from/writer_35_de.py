"""Writer 35, tired night-shift nurse getting home at dawn, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="äh, wen hab i diesen Monat am meisten g'hört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="so, okay, wer war mei Künstler des Jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer war im August ganz vorn, äh, also Künstler",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="was is mei Lieblingslied, so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="die drei meistgespielten Lieder letzte Woche, äh, sag mal",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="in der Küche, was läuft da am meisten, welches Lied",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welches Album hab i im Oktober am meisten laufen lassen",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="meistg'hörtes Album, äh, die letzten drei Monate",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="welcher Podcast, äh, läuft bei mir am meisten in letzter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mei Lieblingspodcast letztes Jahr, welcher war des",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="wie lang hab i heid Musik g'hört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lange lief bei uns gestern was, äh, in der Küche",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="in den letzten sieben Tagen, wie viel Zeit war des mit Musik",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie lang hat die Ada letzte Woche g'hört",
        family="listening_time",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="wie viele Lieder hab i gestern gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie oft lief was diese Woche, so insgesamt",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wie viele Folgen hab i, äh, seit Oktober g'hört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab i, äh, seit März g'hört",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Künstler, wie viele verschiedene warn's, also überhaupt",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene Lieder warn's letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft hab i Bohemian Rhapsody g'hört, äh, dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Daft Punk lief in den letzten dreißig Tagen",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead, wie oft hab i des g'hört, äh, überhaupt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab i gestern Queen g'hört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="geh, hab i vorgestern The Daily g'hört?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Justice, äh, in letzter Zeit überhaupt mal?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="ham wir letztes Wochenende Air g'hört",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="wann hab i zum ersten Mal Justice g'hört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann is, äh, Café Tacvba bei mir drin, also des erste Mal",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab i zuletzt Sexy Boy g'hört",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="The Weeknd, wann hab i des zuletzt, äh, g'hört",
        family="last_play",
        name="The Weeknd",
    ),
    Fresh(
        text="was war des letzte Lied, des i g'spielt hab",
        family="last_song",
    ),
    Fresh(
        text="mit was bin i heid aufg'wacht, äh, erstes Lied",
        family="first_today",
    ),
    Fresh(
        text="was war des erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes Lied am Samstag, äh, welches war des",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="was war des letzte Lied gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="womit hab i letzten Freitag aufg'hört, so letztes Lied",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="was hab i letzte Nacht g'hört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief heid Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief am dritten November, äh, bei mir",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern so um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was war heid früh um halb neun, äh, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um fünf nach fünf heut, was lief da",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="was für Musik mag i eigentlich, äh, so vom G'schmack her",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör i normal Musik, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab i diesen Monat wen Neues entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue Künstler im September? äh, welche",
        family="new_artists",
        period="september",
    ),
    Fresh(
        text="wie oft skip i, äh, überspring i Sachen",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör i oft des Gleiche immer wieder, so Wiederholung",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab i jetzt g'hört",
        family="streak",
    ),
    Fresh(
        text="welches Lied überspring i am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip i am öftesten, äh, fei ehrlich",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mei Woche, musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mei, gib ma an Rückblick aufs letzte Jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="so a Zusammenfassung vom Sommer, äh, heuer",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="hör i mehr in der Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenende mehr als unter der Woche, oder ned",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die Musik leiser, geh, leiser",
    "Podcast pausieren",
    "nächstes Lied",
    "äh, was is des für a Lied",
    "was läuft grad",
    "stell an Wecker auf zwei",
    "Timer auf zwölf Minuten",
    "Licht in der Küche aus",
    "wie wird's Wetter heut Nacht",
    "Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "spiel des Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Lautstärke vier",
    "Küche und Schlafzimmer zusammen, äh, die Lautsprecher gruppieren",
    "spiel The Daily",
    "stopp die Musik, i mag nimmer",
    "was hör i grad",
    "Rollo im Schlafzimmer runter",
    "spiel was Ruhiges im Schlafzimmer",
    "Lautsprecher in der Küche stumm",
    "fünfzehn Sekunden zurück",
    "weck mi um halb drei",
]
