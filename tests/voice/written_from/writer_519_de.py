"""Writer 519, eine Ukrainerin, seit drei Jahren in Deutschland, Deutsch A2-B1, mit Spracherkennung (Fälle und Artikel falsch, Wortstellung, Erkennungsfehler, keine Satzzeichen), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche künstler ich habe am meisten gehört letzte woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war mein lieblingssänger diese jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer war top künstler letzte jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="welches lied ich höre am meisten diese monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="drei lieder meist gespielt im oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="in zweitausendfünfundzwanzig welche lied ich habe am meisten gehört",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="welche album ich habe am meisten gehört seit märz",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="lieblingsalbum von mir in die sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="im september welche album meist",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="welche podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="podcast wo ich bin süchtig in letzte zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange ich habe musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel stunden wir haben gehört gestern",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wie lange podcast ich hörte letzte monat",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel musik in küche seit oktober",
        family="listening_time",
        period="since_october",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie lange wir haben musik gehört letzte sommer",
        family="listening_time",
        period="last_summer",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele lieder ich habe gespielt heute morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel folgen von podcast diese woche",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie viel mal insgesamt war abgespielt letzte sieben tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele lieder letzte drei monate",
        family="plays",
        period="last_3_months",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler ich habe gehört dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel unterschiedliche sänger in august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="wie viele verschiedene lieder ich höre diese woche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie viel unterschiedlich songs letzte dreißig tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft ich habe gehört daft pank diese monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="bohemian rhapsody wie oft diese jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft ich habe radio hat gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="habe ich gestern justice gehört oder nicht",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich air gehört diese woche",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="vorgestern ich habe the deli gehört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="hab ich letzte woche wet leg gehört",
        family="did_i",
        period="last_week",
        name="Wet Leg",
    ),
    Fresh(
        text="was ich habe gehört gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was wir haben gehört am samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was lief letzte freitag",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was ich habe gehört am dritte november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was hat ada gehört letzte zwei wochen",
        family="what_played",
        period="last_2_weeks",
        person="Ada",
    ),
    Fresh(
        text="heute nachmittag was ich habe gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief gestern um viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um halb neun was war das lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hat gespielt um fünf uhr heute nachmittag",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="was für musik ich mag",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib meine musik geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre normalerweise musik welche uhrzeit",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem tag von die woche ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler ich habe entdeckt in letzte zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche sänger ich hörte erste mal diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue künstler seit montag gibt es",
        family="new_artists",
        period="since_monday",
    ),
    Fresh(
        text="wie oft ich überspringe lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel ich habe übersprungen letzte woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="wie viel ich höre gleiche lieder wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wiederholung rate diese monat",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="wie viel tage hintereinander ich höre",
        family="streak",
    ),
    Fresh(
        text="wie viele tage ohne pause ich habe musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wann ich habe zum ersten mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann erste mal cafe taka ba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann letzte mal ich habe queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann ich habe gehört sexy boy letzte mal",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="welche lied war letzte",
        family="last_song",
    ),
    Fresh(
        text="was war die letzte lied was ich gehört",
        family="last_song",
    ),
    Fresh(
        text="erste lied heute was war",
        family="first_today",
    ),
    Fresh(
        text="mit welche lied ich bin aufgewacht heute",
        family="first_today",
    ),
    Fresh(
        text="erste lied gestern welche",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit ich habe angefangen am samstag",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="letzte lied vorgestern was war",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit was ich habe aufgehört letzte nacht",
        family="last_in",
        period="last_night",
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
        text="welche lied ich höre immer wieder jetzt",
        family="on_repeat",
    ),
    Fresh(
        text="was ist bei mir auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="sag mal wie war meine woche mit hören",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="rückblick von meine jahr bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="zusammenfassung letzte monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am wochenende ich höre mehr als werktag oder nicht",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft pank in küche",
    "mach musik lauter",
    "was ist das für lied",
    "überspring diese lied",
    "pause podcast",
    "nächste lied im wohnzimmer",
    "mach licht in küche aus",
    "spiel album discovery",
    "leiser bitte",
    "zufällige wiedergabe an",
    "wiederhole diese lied",
    "was läuft jetzt in küche",
    "stell timer fünfzehn minuten",
    "wie wird wetter morgen",
    "schreib milch auf einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "lautsprecher küche und wohnzimmer zusammen",
    "stopp musik",
    "spiel neue folge von the deli",
    "wer singt diese lied",
    "weiter podcast",
    "spiel radio",
    "was ich höre gerade jetzt",
    "mach wecker auf sechs uhr",
]
