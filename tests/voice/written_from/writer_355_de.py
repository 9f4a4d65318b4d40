"""Writer 355, eine Ukrainerin mit Deutsch A2-B1 (fehlende Artikel, russisch/ukrainische Satzstellung, höflich), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Entschuldigung, wer ist meine Künstler Nummer eins in diese Monat?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="sag bitte, welche Band ich habe am meisten gehört letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="nu, in letzte Zeit welche Sänger ich höre immer?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welche Lied war meine Lieblingslied im Oktober bitte",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="drei Lieder, die ich habe am meisten gespielt dieses Jahr, sagen Sie bitte",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="welche Album ich habe viel gehört in Sommer?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="meine Lieblingsalbum von alle Zeit, was ist das",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten seit März?",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="wie viel Stunden ich habe Musik gehört diese Woche?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="bitte, wie lange lief Podcast gestern",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Zeit wir haben gehört in Küche am Wochenende?",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viel Lieder ich habe heute gespielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Anzahl von Folgen Podcast in September, bitte",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich habe gehört in letzte dreißig Tage",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="sag mir bitte, wie viel verschiedene Lieder war letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="wie viel Mal ich habe Queen gehört diese Monat?",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody wie oft ich habe gespielt in dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft ich habe Radiohead gehört, insgesamt?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern Justice gehört oder nicht?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Entschuldigung, habe ich Daft Punk gehört in letzte sieben Tage?",
        family="did_i",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="haben wir letzten Monat Café Tacuba gehört?",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="welche Musik lief vorgestern bei mir, sag bitte",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="am dritten November was ich habe gehört?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern um Viertel nach acht Abend?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute früh um halb neun welche Lied war?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwoch um zwölf Uhr Mittag, was habe ich gehört",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="welche Musik ich mag eigentlich? beschreib bitte meine Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre normalerweise Musik, welche Uhrzeit und welche Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="habe ich neue Künstler entdeckt in letzte Zeit?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler waren neu für mich in letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft ich überspringe Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel ich habe geskippt diese Woche, bitte",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="ich höre immer gleiche Lieder wieder und wieder? wie ist meine Wiederholungsrate",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich habe Musik gehört?",
        family="streak",
    ),
    Fresh(
        text="wann ich habe erste Mal Air gehört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Don't Stop Me Now, wann war erste Mal bei mir?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann ich habe letzte Mal The Daily gehört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="welche Lied ich habe zuletzt gespielt, sag bitte",
        family="last_song",
    ),
    Fresh(
        text="mit welche Lied ich bin heute aufgewacht?",
        family="first_today",
    ),
    Fresh(
        text="erste Lied gestern, was war das?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letzten Freitag welche Lied war erste?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied war letzte in letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="am Samstag mit welche Lied ich habe aufgehört?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich skippe immer am meisten, bitte",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre jetzt immer in Schleife?",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal bitte, wie war meine Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="bitte kurze Rückblick auf meine Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung von letzte Sommer bitte, was ich habe gehört und so",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="ich höre mehr Musik am Morgen oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr am Wochenende oder in Woche an Arbeitstage?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="seit Montag wie viel Lieder ich habe gehört",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="im August wie lange ich habe Musik gehört",
        family="listening_time",
        period="august",
        content="music",
    ),
    Fresh(
        text="heute Nachmittag, was lief bei mir?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="heute Morgen wie viel Minuten ich habe gehört?",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="welche Künstler war meine Favorit in zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
]

NEGATIVES = [
    "spiel bitte Daft Punk in Küche",
    "mach Musik bitte lauter",
    "Entschuldigung, stopp Musik",
    "welche Lied ist das jetzt?",
    "nächste Lied bitte",
    "Podcast Pause bitte",
    "mach Licht in Küche aus bitte",
    "Timer zehn Minuten für Suppe",
    "wie ist Wetter morgen?",
    "Milch auf Einkaufsliste schreiben bitte",
    "spiel Album Discovery",
    "bitte Zufallswiedergabe an",
    "dieses Lied wiederholen bitte",
    "Lautsprecher in Küche und Wohnzimmer zusammen machen",
    "was ich höre gerade jetzt?",
    "wer singt dieses Lied?",
    "Lied überspringen",
    "Heizung auf zweiundzwanzig Grad bitte",
    "spiel neue Folge von The Daily",
    "bisschen leiser bitte in Küche",
    "Musik weiter spielen bitte",
    "Wiederholung Modus einschalten",
]
