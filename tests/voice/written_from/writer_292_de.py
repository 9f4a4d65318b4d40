"""Writer 292, Saxon (Saechsisch-speaking) pensioner from Leipzig, typed as she speaks, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Nu sach ma, wer war'n dis Jahr mei Ginstlor Nummor eens",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab ich'n letzten Monat am meisten geheert",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="in dor Giche, wer läuft'n da am meisten, welsche Band",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Was war'n mei Lieblingslied im Sommor",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="die drei Liedor, die ich seit Oktobor am meisten geheert hab",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="welsches Lied lief'n die letzten siem Tache am meisten",
        family="top_tracks",
        period="last_7_days",
    ),
    Fresh(
        text="Was war'n im Septembor mei meistgeheertes Lied",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="Welsche Blatte hab ich'n am meisten uffgelecht",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum vom letzten Jahr, was war'n das gleich",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="in dor Giche, welsches Album lief'n da die letzten drei Monate am meisten",
        family="top_albums",
        period="last_3_months",
        room="kitchen",
    ),
    Fresh(
        text="Welschen Bodgasd hör ich'n am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="was fürn Podcast lief'n in letzter Zeit so am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lange lief'n heide de Musigg",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lange hammor'n vorgästorn geheert",
        family="listening_time",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="wie viele Stunden warn's'n diese Woche, ungefähr",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange hat'n die Ada gestorn Abend geheert",
        family="listening_time",
        period="yesterday_evening",
        person="Ada",
    ),
    Fresh(
        text="wie lange hammor'n letzten Sommor so Musigg laufen gehabt",
        family="listening_time",
        period="last_summer",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viele Liedor warn's'n heide früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Folchen vom Podcast hab ich'n im Augusd geheert",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel hab ich'n seit Montach abgespielt, so insgesamt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele Liedor die letzten zwee Wochen",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    Fresh(
        text="Wie viele verschiedne Ginstlor hab ich'n dis Jahr geheert",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele Bands warn's'n überhaupt, so alles zusamm",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viele Ginstlor warn's'n zweitausendfünfundzwanzig",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="Wie viele verschiedne Liedor warn's letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="wie viele unterschiedliche Lieder in den letzten dreißich Tachen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie oft hab ich'n dis Jahr die Bohemien Rapsodie geheert, das von Kween",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief'n Daft Bunk im Oktobor",
        family="play_count",
        period="october",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich'n Helene Fischer geheert",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Hab ich gestorn Abend Air geheert",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="Ham mir letztes Wochenende de Däily gehört",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Hab ich dis Jahr ma Karat geheert",
        family="did_i",
        period="this_year",
        name="Karat",
    ),
    Fresh(
        text="lief'n in letzter Zeit ma was von Dschastiss",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Was hab ich'n gestorn so geheert",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="was lief'n heide Nachmiddaach",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was hammor'n am Sonnabend geheert",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Was hab ich'n letzte Nacht noch geheert",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was lief'n gestorn Abend um dreiviertel acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief'n heide früh um Viertel neune",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="um fümfe heide Nachmiddaach, was kam'n da",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Was hör ich'n eigentlich so für Musigg, sach ma",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was hab ich'n fürn Geschmack, musiggmäßich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich'n meistens, so um welsche Uhrzeit und an welchem Tach",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="zu welscher Tageszeit läuft'n bei mir am meisten was",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich'n diesen Monat neue Ginstlor endeggt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer is'n seit Märze neu dazugekomm bei mir",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="Wie oft drück ich'n weiter, so im Schnitt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich'n letzte Woche übersprung",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Hör ich immer dieselben Liedor, wie oft wiederhol ich'n da",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft lass ich'n ä Lied nochema loofen, dis Jahr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Tache hintorenandor hab ich'n jetz was geheert",
        family="streak",
    ),
    Fresh(
        text="Wie lange geht'n meine Serie schon, Tage am Stück",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich'n Dschastiss 's erste Mal geheert",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief'n Eres zum ersten Mal, das spanische da",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="Wann hab ich'n zuletzt Queen geheert",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief'n das letzte Mal Dischidel Lav",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="Wann hab ich denn de Puhdys zuletzt gehört",
        family="last_play",
        name="Puhdys",
    ),
    Fresh(
        text="Was war'n 's letzte Lied, was ich geheert hab",
        family="last_song",
    ),
    Fresh(
        text="was lief'n zuletzt, also ganz zuletzt",
        family="last_song",
    ),
    Fresh(
        text="Mit was fürn Lied hab ich'n heide angefang",
        family="first_today",
    ),
    Fresh(
        text="Was lief'n heide als allorerstes",
        family="first_today",
    ),
    Fresh(
        text="Was war'n gestorn 's erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="'s erste Lied am dritten Novembor, was war'n das",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Was hab ich'n gestorn Abend als letztes geheert",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Mit was hab ich'n letzten Freitach uffgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welsches Lied drück ich'n immer weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches Lied überspring ich denn am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wen überspring ich'n am meisten, welschen Ginstlor",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welscher Band drück ich'n am schnellsten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was läuft'n bei mir grade immer und immer wieder",
        family="on_repeat",
    ),
    Fresh(
        text="Welsches Lied kann ich'n grade ni lassen",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl ma, wie war'n mei Oktobor so musiggmäßich",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Nu gib mir ma 'n Rückblick uffs Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war'n meine Woche so, mit dor Musigg",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Hör ich'n mehr früh oder mehr abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mehr nachmiddaachs oder nachts, wann hör ich'n mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich'n am Wochenende mehr als unter dor Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Sonnabend, Sonntach oder werktachs, wann läuft'n mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk in dor Giche",
    "Mach ma lauter",
    "Nu mach doch ma leiser, das is ja ni zum Aushalten",
    "Was is'n das für'n Lied",
    "weider, nächstes Lied",
    "Halt ma an, es klingelt",
    "Mach's Licht in dor Giche aus",
    "Wie wird'n 's Wetter morgen in Leipzsch",
    "Stell mir ma 'n Wecker uff halb siem",
    "Eier uff'n Einkaufszeddel",
    "Mach ma die Heizung wärmer",
    "Spiel ma de Däily",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Was läuft'n grade in dor Giche",
    "Was hör ich'n grade",
    "Stell ma 'n Timer uff zehn Minuden für die Glöße",
    "Spiel ma das Album Discovery",
    "Lautstärke uff fümfe",
    "Pause",
    "Mach de Musigg aus",
    "Spiel ma was von Karat",
    "Verbind ma den Lautsprecher in dor Giche mit dem im Wohnzimmer",
    "Wie spät is'n",
    "Nochemal von vorne, das Lied",
]
