"""Writer 273, Polish learner of German, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ich habe am meisten gehört in letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war mein Nummer eins Sänger diese Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top fünf Künstler von letzte Jahr",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="was ist meine Lieblingslied in diese Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mal die drei Lieder was ich am meisten gespielt habe",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in Küche welche Lied läuft am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welche Album hab ich am meisten gehört in Oktober",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange ich habe Musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört in letzte Monat",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie lange Podcast ich hab gehört seit Oktober",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Musik lief in letzte drei Monate",
        family="listening_time",
        period="last_3_months",
        content="music",
    ),
    Fresh(
        text="wie viel Lieder ich habe gespielt heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Folgen von Podcast ich hab gehört in diese Woche",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört in diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschiedene Lieder hab ich gehört seit März",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="wie viel mal ich habe gehört Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal lief Daft Punk in letzte Woche",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie viel mal ich habe Radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie viel mal ich habe dance von justice gehört in letzte sieben Tage",
        family="play_count",
        period="last_7_days",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="hab ich gehört Justice in letzte Zeit",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="habe ich Queen gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="haben wir am Samstag die Air gehört",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="hab ich in August Sexy Boy gehört oder nicht",
        family="did_i",
        period="august",
        name="Sexy Boy",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns in letzte Woche",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="was hab ich gehört heute Morgen",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was hat Ada gehört in September",
        family="what_played",
        period="september",
        person="Ada",
    ),
    Fresh(
        text="was lief gestern um Viertel nach acht am Abend",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was hab ich gehört heute um halb neun in Früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für Musik ich mag eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre am meisten, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="welche neue Künstler ich habe entdeckt in diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler war neu für mich in Sommer",
        family="new_artists",
        period="summer",
    ),
    Fresh(
        text="wie oft ich überspringe die Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel Lieder ich skippe in diese Monat",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="wie oft ich höre gleiche Lied nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich habe Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zum ersten Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich letzte Mal The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann ich habe zuletzt Phantom gehört",
        family="last_play",
        name="Phantom",
    ),
    Fresh(
        text="was war die letzte Lied was ich gespielt habe",
        family="last_song",
    ),
    Fresh(
        text="welche Lied war erste heute",
        family="first_today",
    ),
    Fresh(
        text="was war erste Lied in letzte Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was war die letzte Lied gestern",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich skippe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied läuft bei mir in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war meine Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach mir Rückblick von diese Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung von meine Woche bitte",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="ich höre mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am Wochenende ich höre mehr als an Arbeitstage oder nicht",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach Musik lauter",
    "welche Lied ist das",
    "nächste Lied bitte",
    "Podcast Pause",
    "mach die Licht in Küche aus",
    "spiel die Album Discovery",
    "Lautstärke auf zwanzig",
    "Zufallswiedergabe an",
    "wiederhol diese Lied",
    "was läuft jetzt in Küche",
    "was ich höre gerade jetzt",
    "stell Timer auf zehn Minuten",
    "wie wird die Wetter morgen",
    "schreib Milch auf die Einkaufsliste",
    "mach Heizung auf zweiundzwanzig Grad",
    "verbinde Lautsprecher in Küche mit Wohnzimmer",
    "spiel neue Folge von The Daily",
    "überspring diese Lied",
    "mach Musik leiser in die Küche",
    "stopp die Musik",
    "spiel weiter Podcast",
    "wer singt diese Lied",
]
