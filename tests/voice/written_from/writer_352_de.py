"""Writer 352, ein brasilianischer Muttersprachler mit Deutsch B1 (portugiesische Satzstellung, falsche Artikel, Verbformen), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer ist der Künstler was ich habe gehört am meisten letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="tipo, welche Band ich höre mehr in diese Jahr, né?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="nossa, wer war meine Nummer eins Künstler in zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="in die letzte zwei Wochen wer ich habe am meisten gehört",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="welche ist meine Lieblingslied von die Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mir die drei Lieder was ich hab am meisten gespielt im Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="was war meine Lied von die letzte Sommer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="welches Album ich habe gehört mehr als alle andere",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Album von der Sommer, welche war am meisten gespielt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welcher Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange ich habe Musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wieviel Stunden die Musik ist gelaufen in der Küche diese Woche",
        family="listening_time",
        period="this_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Zeit wir haben gehört am letzte Wochenende",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie lange ich hab Podcasts gehört heute Nachmittag",
        family="listening_time",
        period="this_afternoon",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder ich hab gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen von Podcast ich habe gehört letzte Monat",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="olha, wie viel Lieder ich hab gehört in die letzte sieben Tage",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="mit wie viele verschiedene Künstler ich war in diese Monat",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele verschiedene Lieder ich habe gehört seit März",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele andere Lieder sind gelaufen seit Montag, nicht die gleiche",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie oft ich hab gehört Bohemian Rapsody diese Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal die Queen ist gelaufen in die letzte dreißig Tage",
        family="play_count",
        period="last_30_days",
        name="Queen",
    ),
    Fresh(
        text="wie oft ich habe gespielt Radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="ich habe gehört Justice gestern Abend?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="hab ich Daft Punk gehört vorgestern, né?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="wir haben Air gehört am Samstag?",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="ich hab The Weeknd gehört in September?",
        family="did_i",
        period="september",
        name="The Weeknd",
    ),
    Fresh(
        text="was für Musik ist gelaufen letzte Nacht",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="was ich hab gehört am letzte Freitag",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was ich habe gehört am dritte November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern so Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied war an heute um acht Uhr früh",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="um halb sechs heute Nachmittag, was hat gespielt in die Küche",
        family="playing_at",
        moment="2026-11-20 17:30",
        room="kitchen",
    ),
    Fresh(
        text="was für eine Musikgeschmack ich habe eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre normalerweise Musik, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="ich habe neue Künstler entdeckt diese Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Bands sind neu für mich in die letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft ich überspringe die Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich wiederhole die gleiche Lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander ich hab Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zum ersten Mal Café Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann war die letzte Mal ich hab gehört Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The Daily, wann ich habe gehört letzte Mal",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war der letzte Lied was ich gespielt habe",
        family="last_song",
    ),
    Fresh(
        text="mit welche Lied ich hab angefangen heute",
        family="first_today",
    ),
    Fresh(
        text="então, was war das erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welches Lied war erste im August",
        family="first_in",
        period="august",
    ),
    Fresh(
        text="welche Lied war die letzte in die letzte Woche",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="was war die letzte Lied am letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher Künstler ich skippe immer am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mir, wie war mein Oktober mit die Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir eine Rückblick von meine Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine Woche mit Musik, erzähl mal",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="ich höre mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr in die Wochenende oder in die Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik mehr laut",
    "leiser bitte, ein bisschen",
    "was ist diese Lied jetzt",
    "überspring diese Lied bitte",
    "Pause die Podcast",
    "nächste Lied im Wohnzimmer",
    "mach die Licht aus in die Küche",
    "spiel die Album Discovery",
    "was ich höre jetzt gerade",
    "Zufallswiedergabe an machen bitte",
    "wiederhol diese Lied noch mal",
    "stell ein Timer für zehn Minuten",
    "wie wird das Wetter morgen in Berlin",
    "schreib Milch auf die Einkaufsliste",
    "mach die Heizung auf zweiundzwanzig Grad",
    "verbinde die Lautsprecher von Küche und Wohnzimmer",
    "Lautstärke auf vierzig",
    "spiel die neue Folge von The Daily",
    "wer singt das hier jetzt",
    "stopp alles bitte",
    "spiel was ruhiges im Schlafzimmer",
    "geh zurück zu die vorherige Lied",
    "was läuft gerade in die Küche",
]
