"""Writer 541, eine Kasachin in Hannover mit Spracherkennung, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche künstler ich habe am meisten gehört dieses jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer ist meine nummer eins sänger letzte monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="top drei künstler von alle zeit",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="im august welche band war bei mir vorne",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="welches lied ich höre am meisten diese monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine fünf meiste gespielte lieder seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="in küche welche lied lief am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welche album ich habe am meisten gehört im sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="lieblingsalbum letzte jahr",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="welche podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="von welche podcast ich bin süchtig in letzte zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="letzte drei monate top podcast",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="wie lange ich habe musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel stunden wir haben gehört letzte woche",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange lief podcast diese woche",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="seit montag wie viel zeit ich habe gehört",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="wie viele lieder ich habe gespielt heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele sachen ich hab gehört im oktober",
        family="plays",
        period="october",
    ),
    Fresh(
        text="wie viele folgen podcast ich hab gehört im september",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="letzte sieben tage wie viel lieder gespielt",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler ich habe gehört dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschiedene bands letzte dreißig tage",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele verschiedene lieder diesen monat",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="wie viel unterschiedliche lieder ich habe gehört zwanzig fünfundzwanzig",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(
        text="wie oft ich habe gehört bohemian rapsodie dieses jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft pank letzte monat",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich habe the deili gehört diese woche",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="wie oft radiohead gespielt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="justis in letzte zeit gehört",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="haben wir am wochenende air gehört",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="hab ich jemals wet leg gehört",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="kaffee tacuba ich habe gehört letzte sommer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="was ich habe gehört gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief in küche vorgestern",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="was für musik ich hab gehört am dritten november",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="was lief gestern um viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welches lied war heute früh halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hat gespielt heute fünf nach fünf nachmittag",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="vorgestern um neun uhr abends was lief",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="was für musik ich mag eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib meine musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr ich höre normalerweise musik",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welche tag von woche ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="welche neue künstler ich habe entdeckt diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue bands in letzte zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="seit oktober ich habe neue sänger gefunden",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="wie oft ich überspringe lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich habe geskippt letzte woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="höre ich immer gleiche lieder wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage hintereinander ich höre musik",
        family="streak",
    ),
    Fresh(
        text="meine serie wie viel tage am stück",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zum ersten mal justis gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war erste mal sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann ich habe zuletzt queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief letzte mal the deili",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war letzte lied was ich gespielt habe",
        family="last_song",
    ),
    Fresh(
        text="welche lied zuletzt gelaufen",
        family="last_song",
    ),
    Fresh(
        text="was war erste lied heute",
        family="first_today",
    ),
    Fresh(
        text="mit welche lied ich bin aufgewacht heute",
        family="first_today",
    ),
    Fresh(
        text="erste lied gestern was war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was ich hab angefangen letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="letzte lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was war letzte lied am samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welche lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche künstler ich skippe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche lied ich höre immer wieder im moment",
        family="on_repeat",
    ),
    Fresh(
        text="was läuft bei mir rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war meine oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="rückblick auf meine jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="zusammenfassung meine woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="höre ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich morgenmensch oder abendmensch für musik",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wochentage oder wochenende wann mehr musik",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft pank in küche",
    "mach musik lauter",
    "leiser bitte",
    "nächste lied",
    "überspring diese lied",
    "podcast pause",
    "was ist das für lied",
    "was läuft jetzt in küche",
    "licht in küche aus",
    "stell timer zehn minuten",
    "wie wird wetter morgen in hannover",
    "milch auf einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "zufallswiedergabe an",
    "wiederholen aus",
    "lautsprecher küche und wohnzimmer zusammen",
    "spiel album discovery",
    "spiel neue folge the deili",
    "musik stopp",
    "spiel weiter podcast",
    "was ich höre gerade",
    "wer singt das",
    "spiel russische musik",
    "wecker um sechs stellen",
    "mach musik aus in dreißig minuten",
]
