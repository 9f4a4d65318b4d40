"""Writer 165, busy small-business owner from Trier with Luxembourgish slips (quick, digits, abbreviations), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Moien, wer war letzte Wo mein Top Künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Top 3 Lieder diesen Monat gell",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="welches Album am meisten gehört dies Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wéi vill Std Musek hab ich heut schon gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="gestern wie viele Lieder gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="im Okt wie viele verschiedene Künstler",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="wéi vill verschiedene Lieder die letzten 30 Tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Bohemian Rhapsody wie oft gespielt bis jetzt insgesamt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab ich heut schon The Daily gehört gell",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="was lief gestern Abend bei mir",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="gestern Abend um 8 in der Küche was lief da",
        family="playing_at",
        moment="2026-11-19 20:00",
        room="kitchen",
    ),
    Fresh(
        text="heut früh halb 9 was lief",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für Musek hör ich eigentlich so, mein Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens, welche Uhrzeit welcher Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler entdeckt diesen Monat oder nicht",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skip ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="wann zum 1. Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Don't Stop Me Now wann zuletzt",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Moien, was war das letzte Lied",
        family="last_song",
    ),
    Fresh(
        text="was war heut das 1. Lied",
        family="first_today",
    ),
    Fresh(
        text="letzten Fr das erste Lied was war das",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="gestern letztes Lied",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied hör ich zurzeit ständig",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal schnell wie war mein Okt",
        family="recap",
        period="october",
    ),
    Fresh(
        text="morgens oder abends, wann hör ich mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am WE mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="was hunn mir letzte Wo gehört",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wéi vill Std hunn mir im Okt gehört",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="Top 5 Künstler seit März",
        family="top_artists",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Lieblingsalbum im Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="The Daily wie viele Folgen diese Wo",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="seit Montag wie viele Podcast Folgen",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="am 14. Air gehört ja oder nein",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Radiohead schon mal gehört bei mir",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Justice in letzter Zeit wie oft",
        family="play_count",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="was lief am 3. Nov",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="letzten Fr um 9 abends was lief",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="heut Nachmittag Viertel nach 5 wat lief da",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wie oft hör ich dieselben Lieder immer wieder, Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Jahresrückblick 2025 bitte",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="wer war mein Künstler des Jahres letztes Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="in der Küche vorgestern welches Lied am meisten",
        family="top_tracks",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="wie lange lief Musek letzte Nacht",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="Eres von Café Tacvba wann zuletzt gehört",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Digital Love wann 1. Mal gespielt",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="Sexy Boy im Aug wéi vill Mol",
        family="play_count",
        period="august",
        name="Sexy Boy",
    ),
    Fresh(
        text="letzte 3 Monate neue Künstler dabei?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Skiprate dies Jahr",
        family="skips",
        period="this_year",
    ),
    Fresh(
        text="heut Morgen was lief alles",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="seit Okt wie viele Streams insgesamt",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="letzte 2 Wo welcher Podcast vorne",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    Fresh(
        text="wéi vill Tage hintereinander schon, Serie",
        family="streak",
    ),
    Fresh(
        text="letzte Wo das letzte Lied was war",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="Rückblick meine Wo kurz",
        family="recap",
        period="this_week",
    ),
]

NEGATIVES = [
    "Moien, spiel Daft Punk in der Küche",
    "Musek lauter gell",
    "nächstes Lied",
    "Podcast pausieren, Kunde kommt",
    "was ist das für ein Lied",
    "Licht in der Küche aus",
    "Timer 20 Min",
    "wie wird das Wetter heut gell",
    "Eier auf die Einkaufsliste",
    "was läuft grad",
    "Zufallswiedergabe an",
    "Musek aus, mir hunn zu",
    "spiel das Album Discovery",
    "leiser bitte, Telefon",
    "Küche und Wohnzimmer Lautsprecher zusammen",
    "nächste Folge The Daily",
    "Wiederholung an für das Lied",
    "Heizung auf 21 Grad",
    "spiel Bohemian Rhapsody in der Küche gell",
    "Moien, The Daily abspielen",
    "Lied überspringen",
    "wie spät isses",
    "Wecker 6 Uhr gell",
    "spiel Musek von Queen im Laden",
    "Lautstärke 40 Prozent in der Küche",
]
