"""Writer 406, Chinesin mit Deutsch B1 (keine Artikel, Verb falsch gestellt, keine Vergangenheit, Thema zuerst), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="letzte Woche welche Sänger ich höre am meisten",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="dieses Jahr drei Künstler ich höre meiste, welche",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in Küche welche Band läuft am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="diesen Monat Lieblingslied von mir ist was",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="im Sommer welche Lied ich höre viel mal",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Lieblingsalbum letztes Jahr welche",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="seit März Album ich spiele am meisten ist welche",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Podcast ich höre am meisten welche",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange ich höre Musik heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="gestern Abend wie viel Stunde ich höre",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="letzte dreißig Tage Podcast wie lange ich höre",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder ich spiele heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="letzten Monat bei uns wie viel mal Musik läuft",
        family="plays",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich höre im Oktober",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="diese Woche verschiedene Lieder wie viele ich höre",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Queen wie viel mal ich höre dieses Jahr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wie oft ich spiele Genesis von Justice",
        family="play_count",
        period="all_time",
        name="Genesis by Justice",
    ),
    Fresh(
        text="Radiohead wie oft ich höre",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="gestern ich höre Daft Punk oder nicht",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily heute ich höre schon?",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="im August Air ich höre?",
        family="did_i",
        period="august",
        name="Air",
    ),
    Fresh(
        text="was ich höre vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="am Samstag was läuft bei mir, sag mal",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="gestern Viertel vor acht was läuft",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute halb neun morgens welche Lied ist an",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welche Musik ich mag, was für Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich normal höre, welche Uhrzeit welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="in letzter Zeit ich finde neue Künstler?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft ich überspringe Lied",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="letzte sieben Tage gleiche Lied ich höre wieder wie viel",
        family="repeat",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Tage hintereinander ich höre schon",
        family="streak",
    ),
    Fresh(
        text="Justice erste Mal ich höre wann",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann ich höre Wet Leg erste Mal",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Bohemian Rhapsody letzte Mal wann ich spiele",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="letzte Lied ich spiele was ist",
        family="last_song",
    ),
    Fresh(
        text="heute erste Lied was ist",
        family="first_today",
    ),
    Fresh(
        text="gestern erste Lied ich höre welche",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letzten Freitag letzte Lied was ist",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Sänger ich überspringe immer, am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder zurzeit",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie ist mein Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mein Jahr Rückblick bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="morgens oder abends ich höre mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende ich höre mehr oder unter Woche mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="seit Montag wie viel Stunde Musik läuft",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="letzte Wochenende wir hören Café Tacvba?",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="am dritten November was ich höre",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="letzte drei Monate welche Podcast ich höre am meisten",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="Sommer letztes Jahr meine Top fünf Lieder",
        family="top_tracks",
        period="last_summer",
        count=5,
    ),
    Fresh(
        text="heute Nachmittag wie viele Sachen ich spiele",
        family="plays",
        period="this_afternoon",
    ),
    Fresh(
        text="im September ich überspringe viel?",
        family="skips",
        period="september",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "Musik lauter bitte",
    "welche Lied ist das jetzt",
    "dieses Lied überspringen",
    "Podcast Pause machen",
    "nächste Lied in Wohnzimmer",
    "Küche Licht ausmachen",
    "spiel Album Discovery",
    "Lautstärke bisschen leiser",
    "Zufallswiedergabe an",
    "Lied wiederholen an machen",
    "Küche Lautsprecher und Wohnzimmer zusammen gruppieren",
    "Timer zehn Minute stellen",
    "morgen Wetter wie ist",
    "Milch auf Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "was ich höre jetzt gerade",
    "in Küche was läuft jetzt",
    "spiel The Daily neue Folge",
    "Musik stopp",
    "wer singt dieses Lied",
    "spiel Queen Bohemian Rhapsody",
]
