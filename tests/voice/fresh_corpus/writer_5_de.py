"""Writer 5, non-native speaker dictating with speech-to-text slips, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer ist mein meist gehört künstler die letzte woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche band ich habe am meisten gehört in letzter zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer war meine nummer eins künstler in zwei tausend fünf und zwanzig",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="was ist die lieblingslied von mir in diese monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine drei meist gespielt lieder in dieses jahr",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="welche album ich habe gehört am meisten im sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="der lieblingsalbum von mir aller zeiten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welcher podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welche podcast ich war süchtig die letzte drei monate",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="wie lange ich habe musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel stunden wir haben gehört im oktober in die küche",
        family="listening_time",
        period="october",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie lange lief die podcast seit montag",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder ich gespielt heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel folgen von podcast ich habe gehört diese woche",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie viel streams hatte ich die letzte sieben tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele verschiedene künstler ich hören dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele künstler insgesamt ich gehört",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viel verschiedene lieder in die letzte dreißig tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft ich habe gespielt der bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal lief kwien diesen monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="habe ich gehört daft pank gestern",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich die deili gehört heute früh",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hören ich radiohead in letzte monat",
        family="did_i",
        period="last_month",
        name="Radiohead",
    ),
    Fresh(
        text="café takuba ich habe gehört im september",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="was ich habe gehört vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was für musik lief bei uns am samstag",
        family="what_played",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="was ich hab gehört gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief gestern um viertel vor acht abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was war an heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was ich gehört um fünf nach fünf heute nachmittag",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="was für ein musik geschmack ich habe", family="taste", period="all_time"
    ),
    Fresh(
        text="wann ich höre normalerweise musik welche uhrzeit und tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="welche neue künstler ich entdeckt in letzter zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue bands seit märz für mich", family="new_artists", period="since_march"
    ),
    Fresh(
        text="wie viel ich überspringen diese woche", family="skips", period="this_week"
    ),
    Fresh(
        text="wie hoch ist mein skip rate im letzten sommer",
        family="skips",
        period="last_summer",
    ),
    Fresh(
        text="wie viel ich höre das gleiche lied nochmal und nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(text="wie viele tage in reihe ich habe gehört", family="streak"),
    Fresh(
        text="wann ich das erste mal gehört justis", family="first_play", name="Justice"
    ),
    Fresh(
        text="wann war erste mal der lied one more time von daft punk",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(text="wann letzte mal ich gehört air", family="last_play", name="Air"),
    Fresh(
        text="wann ich hab zuletzt die deili gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(text="was war die letzte lied was ich gespielt", family="last_song"),
    Fresh(text="was war der erste lied heute", family="first_today"),
    Fresh(
        text="der erste lied von gestern was war das",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welche lied war die letzte am letzten freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche lied ich skippen am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher künstler ich überspringe die meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(text="welche lied ich hab auf repeat gerade", family="on_repeat"),
    Fresh(text="welches lied ich kann nicht aufhören zu spielen", family="on_repeat"),
    Fresh(text="erzähl mal wie war mein monat", family="recap", period="this_month"),
    Fresh(
        text="gib mir ein rückblick von das letzte jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="meine woche zusammenfassung bitte wie war",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="ich höre mehr am morgen oder am abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mehr nachmittag oder nacht ich höre musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="höre ich mehr am wochenende als in die woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in die küche",
    "mach die musik lauter",
    "nächste lied",
    "was für lied ist das",
    "pause die podcast",
    "stopp die musik",
    "was läuft in der küche gerade",
    "was ich höre jetzt",
    "spiel die album discovery",
    "licht in die küche aus machen",
    "timer für zehn minute",
    "wie ist das wetter morgen",
    "milch auf die einkaufsliste",
    "heizung auf zwanzig grad",
    "zufallswiedergabe an",
    "wiederholen an für diese lied",
    "lautstärke auf dreißig",
    "lautsprecher küche und wohnzimmer zusammen",
    "überspringe dieses lied",
    "spiel die neue folge von die deili",
    "leiser bitte in die küche",
    "weiter mit die podcast",
    "wer singt die lied",
    "zurück zu vorherige lied",
    "spiel musik im wohnzimmer",
]
