"""Writer 257, Turkish-German shop owner (non-native, speech-to-text), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche künstler ich hab am meisten gehört letzte woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist mein nummer eins sänger dieses jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in küche welche sänger läuft am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welche lied ich hab am meisten gespielt diese monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mal meine drei meist gespielte lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="meine lieblingslied im sommer welche war das",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="welches album ich hab am meisten gehört seit märz",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="mein lieblings album in zwanzig fünfundzwanzig was war",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="welche podcast ich höre am meisten in letzte zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welche podcast ich hör am meisten überhaupt",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange ich hab musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel stunden wir haben gehört letzten monat",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie viel ich hab gehört seit montag in stunden",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="wie viel lieder ich hab gespielt gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel mal ich hab was gehört die letzte sieben tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viel podcast folgen ich hab gehört seit oktober",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viel verschiedene künstler ich hab gehört dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschiedene sänger wir haben gehört im august",
        family="artists_count",
        period="august",
        person="we",
    ),
    Fresh(
        text="wie viel verschiedene lieder in oktober",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="wie viel mal ich hab queen gehört diese woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie viel mal lief der one more time von daft punk in letzte zeit",
        family="play_count",
        period="lately",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wie viel mal tarkan gehört dieses jahr",
        family="play_count",
        period="this_year",
        name="Tarkan",
    ),
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="der daily heute morgen hab ich gehört oder nicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="haben wir am wochenende air gehört",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="hab ich in letzte drei monate sexy boy gehört",
        family="did_i",
        period="last_3_months",
        name="Sexy Boy",
    ),
    Fresh(
        text="was ich hab gehört gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern bei mir",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was ich hab gehört am dritte november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern so viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was war an heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute nachmittag um viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für musik ich mag eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre meistens musik welche uhrzeit und welche tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich neue künstler entdeckt diese monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche neue bands ich hab in letzte 30 tage gehört",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft ich überspringe die lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel mal ich hab geskippt letzte woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="ich höre immer die gleiche lieder wie viel wiederhole ich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel tage am stück ich hab was gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich hab das erste mal kafe takuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann erste mal bohemian rhapsody",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann ich hab zuletzt der daft punk gehört",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="welche lied war der letzte was ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="mit welche lied ich bin heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="was war das erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letzte freitag was ich hab gehört erste lied",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="welche lied war der letzte am samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="was war der letzte lied gestern nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welche lied ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche künstler ich überspringe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche lied läuft bei mir zurzeit immer wieder",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach mal rückblick von meine jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="zusammenfassung von letzte sommer bitte",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="wochenende oder unter woche wann ich höre mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach musik lauter",
    "was läuft grad in küche",
    "welche lied ist das",
    "nächste lied bitte",
    "podcast pause machen",
    "mach licht aus in der küche",
    "spiel die album discovery",
    "leiser machen bitte",
    "zufallswiedergabe an",
    "wiederholen an für diese lied",
    "küche und wohnzimmer lautsprecher zusammen machen",
    "timer zehn minuten für der tee",
    "wie wird wetter morgen in berlin",
    "schreib tomaten und gurken auf die einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "was ich höre gerade jetzt",
    "spiel der neue folge von the daily",
    "stopp die musik",
    "spiel tarkan in küche",
    "lautstärke auf vierzig",
    "wohnzimmer licht an machen",
    "weiter mit podcast",
    "wer singt das grad",
]
