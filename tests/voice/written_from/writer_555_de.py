"""Writer 555, ein 16-Jähriger aus Gelsenkirchen, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="ey wer is dieses jahr mein krassester künstler, also wen hab ich am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="hömma wer war letzten monat so meine nummer eins",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="digga top drei künstler seit oktober",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="wat war mein lieblingslied im sommer wallah ich weiß dat nich mehr",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="sag ma meine fünf meistgehörten lieder überhaupt",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welchen track hab ich im august am meisten gepumpt",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="welches album lief bei mir am meisten so insgesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="lieblingsalbum dieses jahr, wat is dat bruder",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welchen podcast bin ich grad so am suchten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistgehörter podcast zwanzig fünfundzwanzig ey",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="wie lange hab ich gestern musik gehört bruder",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele stunden lief bei uns inne küche letzten monat mucke",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie lang war ich heute nachmittag so am hören",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="wie viele lieder hab ich heute morgen gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wieviele folgen podcast hab ich im september gehört, voll wenig oder",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="diese woche, wie oft lief überhaupt wat, so anzahl mein ich",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich seit märz gehört",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="digga wie viele unterschiedliche bands warn dat letzten sommer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="wie viele verschiedene songs seit montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viele unterschiedliche lieder hab ich insgesamt gehört, krass viele oder",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="wie oft hab ich bohemian rhapsody diesen monat gehört, wallah bestimmt hundert mal",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel daft punk lief so die letzten zwei wochen",
        family="play_count",
        period="last_2_weeks",
        name="Daft Punk",
    ),
    Fresh(
        text="radiohead, wie oft hab ich die gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern justice gehört ey",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief am wochenende irgendwat von queen",
        family="did_i",
        period="last_weekend",
        name="Queen",
    ),
    Fresh(
        text="bruder hab ich in letzter zeit eres von cafe tacuba gehört",
        family="did_i",
        period="lately",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wat hab ich gestern abend so gehört, war voll platt",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns vorgestern",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="hömma wat hab ich am dritten november gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern so gegen viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat lief heute morgen um halb neun digga",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welches lied war heute um viertel nach fünf an",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wat für mucke feier ich eigentlich so, beschreib ma meinen geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie is mein musikgeschmack digga, ehrlich jetz",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr hör ich meistens musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann bin ich am meisten am hören, welche uhrzeit und welcher tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler hab ich diesen monat zum ersten mal gehört",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skip ich eigentlich lieder, so prozentmäßig",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch is meine skiprate inne letzten sieben tage",
        family="skips",
        period="last_7_days",
    ),
    Fresh(
        text="hör ich immer dieselben lieder, so wiederholungsmäßig",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="ey wie oft hör ich songs doppelt und dreifach, sei ehrlich",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viele tage am stück hab ich getz gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang is meine streak, tage hintereinander mein ich",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="genesis, wann lief dat bei mir dat erste mal",
        family="first_play",
        name="Genesis",
    ),
    Fresh(
        text="wann lief dat letzte mal the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich zuletzt around the world gehört",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="wat war dat letzte lied wat ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="letzter song, welcher war dat nomma",
        family="last_song",
    ),
    Fresh(
        text="mit welchem lied bin ich heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="wat war heute dat erste lied",
        family="first_today",
    ),
    Fresh(
        text="welches lied lief letzten freitag als erstes",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="erster song am samstag, wat war dat",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="wat war gestern abend dat letzte lied",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="welcher song lief letzte nacht als letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen song drück ich immer weg, wallah da gibts einen",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen überspring ich am meisten, so bandmäßig",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches lied hab ich grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welchen song kann ich grad nich aufhören zu hören digga",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma, wie war mein oktober so musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma n rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine woche so mit mucke",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so nachmittags oder nachts am musik hören",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="ey wann läuft bei mir mehr mucke, wochenende oder schultage",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="unter der woche oder am wochenende, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma daft punk inne küche",
    "mach ma lauter digga",
    "mach die mucke leiser, meine mutter telefoniert",
    "wat is dat fürn lied",
    "skip dat lied ey",
    "nächster song",
    "pausier ma den podcast",
    "mach dat licht inne küche aus",
    "spiel dat album discovery",
    "mach zufallswiedergabe an",
    "lied auf wiederholung",
    "stell nen timer auf zwölf minuten für die pizza",
    "wie wird dat wetter morgen",
    "schreib chips auf die einkaufsliste",
    "mach die heizung höher, is voll kalt",
    "wat hör ich grad",
    "wer singt dat hier",
    "lautstärke auf acht",
    "stopp die musik",
    "verbind den küchenlautsprecher mit dem in meim zimmer",
    "spiel die neue folge the daily",
    "wat läuft grad inne küche",
    "spiel queen bruder, aber laut",
    "ein lied zurück",
    "weck mich um sieben",
]
