"""Writer 479, a Polish grandmother speaking German as a learner, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="no sag mal welche Künstler ich hab am meisten gehört letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war meine Nummer eins Sänger in diese Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="prosze drei beste Künstler von Oktober",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="welche Lied ich hab am meisten gespielt letzte Monat",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="tak meine Lieblingslied von ganze Zeit welche ist",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="fünf Lieder was ich am meisten hören seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="in Küche welche Lied läuft am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welche Album ich hab gehört am meisten letzte drei Monate",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer was war",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welche Podcast ich hör am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange ich hab gehört Musik gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wieviel Stunden wir haben gehört letzte Wochenende",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie lange lief Podcast diese Monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wieviel Stunden ich hab gehört in letzte sieben Tage",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="wieviel Lieder ich hab gespielt heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wieviel mal ich hab was gehört diese Woche alles zusammen",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wieviel verschiedene Künstler ich hab gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wieviel verschiedene Lieder in letzte dreißig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wieviel mal ich hab gehört Bohemian Rhapsody diese Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wieviel mal hab ich Queen gespielt in zweitausendfünfundzwanzig",
        family="play_count",
        period="in_2025",
        name="Queen",
    ),
    Fresh(
        text="wieviel mal hab ich Chopin gehört dieses Jahr",
        family="play_count",
        period="this_year",
        name="Chopin",
    ),
    Fresh(
        text="hab ich gehört Air gestern Abend",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="no hab ich gehört Justice letzte Woche oder nicht",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="hab ich gespielt Daily heute früh",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="haben wir gehört Daft Punk vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich gehört Sexy Boy im August",
        family="did_i",
        period="august",
        name="Sexy Boy",
    ),
    Fresh(
        text="was ich hab gehört am Samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was hab ich gehört heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was wir haben gehört bei uns letzte Freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="was ich hab gehört im September wnuczek will wissen",
        family="what_played",
        period="september",
    ),
    Fresh(
        text="was lief gestern so um acht Uhr abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was war an um halb neun heute Morgen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welche Lied hat gespielt Viertel nach fünf heute",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für Musik ich mag sag mal was ist meine Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich hör meistens welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich neue Künstler entdeckt diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche neue Sänger ich hab gefunden seit Oktober",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="wie oft ich drück weiter, überspringen, wieviel mal",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="ich hör immer dasselbe nochmal und nochmal? wie viel wiederhole ich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wieviel Tage hintereinander ich hab gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich hab zum ersten Mal gehört cafe tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann erste mal ich hab Radiohead gehört",
        family="first_play",
        name="Radiohead",
    ),
    Fresh(
        text="wann letzte Mal ich hab gehört dont stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ich zuletzt Daft Punk gehört",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="was war letzte Lied was ich hab gespielt",
        family="last_song",
    ),
    Fresh(
        text="welche Lied war erste heute prosze",
        family="first_today",
    ),
    Fresh(
        text="was war erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erste Lied letzte Woche was war",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="was war letzte Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit was ich hab aufgehört am Samstag letzte Lied",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich skippe am meisten tak",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich hör immer wieder jetzt diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein Jahr mit Musik",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="no erzähl wie war letzte Monat mit hören",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="hör ich mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich mehr Musik am Wochenende oder in Woche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche prosze",
    "mach Musik lauter no",
    "leiser bitte ich telefoniere mit wnuczek",
    "was für Lied ist das jetzt",
    "was läuft jetzt in Küche",
    "nächste Lied",
    "Podcast Pause machen",
    "mach Licht aus in Küche",
    "spiel Album Discovery",
    "Lautstärke auf vier",
    "tak mischen, zufällige Reihenfolge",
    "Lied immer wiederholen, Wiederholung an",
    "Timer zehn Minuten für Pierogi",
    "wie wird Wetter morgen",
    "schreib Mehl und Quark auf Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "was ich höre jetzt gerade",
    "spiel Daily bitte",
    "Lautsprecher in Küche und Wohnzimmer zusammen machen",
    "spiel Chopin für mich",
    "stopp Musik",
    "spiel Queen für wnuczek er mag",
    "wie spät ist",
    "erinner mich an Tabletten um acht",
    "mach Radio an",
]
