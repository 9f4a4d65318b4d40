"""Writer 154, non-native speaker (Polish care worker learning German, speech-to-text slips), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ich habe gehört am meisten letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="bitte sagen wie viel Lieder ich habe gehört heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wie lange ich habe Musik gehört diese Monat",
        family="listening_time",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="habe ich gehört Queen gestern",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="was lief gestern Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich hatte in Oktober",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="wie viel verschiedene Lieder in letzte Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft ich habe gespielt bohemian rapsodi diese Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was für Musik ich mag bitte sagen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr ich höre normal Musik",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler in letzte dreißig Tage gibt es",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="wie viel ich überspringe die Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich habe Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zuerst gehört Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann letzte Mal ich habe Air gehört",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="was war letzte Lied was ich gespielt",
        family="last_song",
    ),
    Fresh(
        text="was war erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="erste Lied gestern bitte sagen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Lieblingsalbum von diese Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="was war letzte Lied an letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich immer überspringe bitte sagen",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war meine Woche mit Musik",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="ich höre mehr an Morgen oder an Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich mehr an Wochenende oder unter Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie oft ich höre gleiche Lieder nochmal und nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="drei meiste gespielte Lieder von Sommer",
        family="top_tracks",
        period="summer",
        count=3,
    ),
    Fresh(
        text="was lief heute früh um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was lief zehn nach acht gestern Abend",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="wie viel Stunden Podcast ich habe gehört seit März",
        family="listening_time",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="war daft punk dabei diese Woche",
        family="did_i",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="habe ich radiohead gehört irgendwann",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft wir haben gehört the daily letzte Monat",
        family="play_count",
        period="last_month",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="wer war meine Nummer eins Sänger in zwanzig fünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="was ist mein Lieblingslied letzte Woche",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="wie viel Musik wir hatten an Wochenende in Küche",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="was ich habe gehört vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie viel Lieder heute Nachmittag gelaufen",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="habe ich gehört kafe takuba in September",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann zuletzt lief one more time von daft punk",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="bitte sagen Zusammenfassung von mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="neue Sänger dieses Jahr habe ich entdeckt",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="was lief an dritte November um zwölf Uhr",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    Fresh(
        text="was war letzte Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="wie viel Mal ich habe übersprungen letzte sieben Tage",
        family="skips",
        period="last_7_days",
    ),
    Fresh(
        text="welche Podcast Nummer eins in Küche",
        family="top_podcasts",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="wie viel verschiedene Künstler seit Oktober",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="was wir haben gehört an Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="wie oft ich hatte sexy boy in letzte zwei Wochen",
        family="play_count",
        period="last_2_weeks",
        name="Sexy Boy",
    ),
    Fresh(
        text="welche Band ich bin süchtig in letzte Zeit",
        family="top_artists",
        period="lately",
    ),
]

NEGATIVES = [
    "spiel draft punk in die Küche",
    "Musik bitte lauter machen",
    "was ist das für Lied",
    "nächste Lied bitte",
    "Podcast Pause machen",
    "Licht in Küche ausmachen bitte",
    "Wecker auf sechs Uhr stellen",
    "wie ist Wetter heute in Berlin",
    "Milch auf Einkaufsliste schreiben",
    "Heizung bisschen wärmer machen",
    "spiel Album Discovery",
    "Lautsprecher Küche und Wohnzimmer zusammen machen",
    "Zufallswiedergabe an bitte",
    "Timer zehn Minuten für Kartoffeln",
    "was höre ich jetzt gerade",
    "diese Lied wiederholen bitte",
    "Musik stopp",
    "spiel the daily in Küche",
    "leiser bitte das ist zu laut",
    "nächste Folge von Podcast",
    "Lied zurück bitte",
    "welche Lied läuft in Küche",
    "Wetter morgen früh bitte sagen",
    "Bohemian Rhapsody spielen bitte",
]
