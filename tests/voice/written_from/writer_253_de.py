"""Writer 253, Viennese waiter speaking Wienerisch, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Heast, wen hab i letzte Woch'n am meisten g'hört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer is denn heuer mei Nummer eins, oida",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="In da Küch'n, wöcher Künstler rennt da am öftesten seit März",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="Wos is mei Liad vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Sag ma meine drei meistg'spielten Lieder vom Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Wöches Album hab i heuer am meisten aufg'legt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum, wos is des eigentlich",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Wöcher Podcast is in letzter Zeit mei Droge, heast",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Meistg'hörter Podcast im Joa zwanzig fünfazwanzig",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="Wie lang is heut scho Musik g'rennt",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie vü Stund'n hab i letzt'n Monat g'hört, oida",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="Am Wochenend, wie lang hamma do Musik laufen g'habt",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie vü Lieder hab i heut in da Früh g'spüt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie vü Folg'n hab i seit Oktober g'hört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Gestern, wie vü is da insgesamt g'rennt",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="Wie vü verschiedene Künstler warn's heuer, so ungefähr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="In de letzt'n dreißig Tag, wie vü unterschiedliche Interpreten",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie vü verschiedene Liada hab i letzte Woch'n g'hört",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Im Summa, wie vü unterschiedliche Nummern warn des",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="Wie oft hab i heuer Queen aufdraht",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody, wie oft is des diesen Monat g'laufen",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft hab i an Falco g'hört, eh nie oda",
        family="play_count",
        period="all_time",
        name="Falco",
    ),
    Fresh(
        text="Hab i vorgestern Justice g'hört oder ned",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Hab i gestern auf d'Nacht wos von Daft Punk g'hört",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="De Daily heut in da Früh, hab i de g'hört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Wet Leg, hab i des letztes Joa amoi g'hört",
        family="did_i",
        period="last_year",
        name="Wet Leg",
    ),
    Fresh(
        text="Wos hab i gestern auf d'Nacht g'hört, heast",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl ma, wos am Samstag g'laufen is",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Wos hamma letzte Woch'n so g'hört bei uns",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wos is gestern auf d'Nacht so um Viertel vor acht g'laufen",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut in da Früh um halb neun, wos hat da g'spüt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Um fünf am Nachmittag heut, wöches Liad war des",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Wos für a Musik hör i eigentlich so, sag ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ma a bissl mein G'schmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wöche Zeit hör i normalerweise am meisten Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hab i in letzter Zeit wen Neuchen entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wöche Künstler hab i diesen Monat zum ersten Mal g'hört",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie oft drück i eigentlich weiter, wie hoch is mei Skip-Quote",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Letzt'n Monat, hab i da vü übersprungen",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="Hör i imma de gleichen Nummern, wie hoch is mei Wiederholungsquote",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie vü Tag hintereinand hab i jetzt scho g'hört",
        family="streak",
    ),
    Fresh(
        text="Wann hab i Café Tacvba des erste Moi g'hört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann is Sexy Boy von Air s'erste Moi g'laufen",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Wann hab i zuletzt Don't Stop Me Now g'hört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="De Daily, wann hab i de des letzte Moi g'hört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wos war des letzte Liad, des i g'spüt hab",
        family="last_song",
    ),
    Fresh(
        text="Mit wos bin i heut aufg'wacht, musikalisch mein i",
        family="first_today",
    ),
    Fresh(
        text="Wos war vorgestern des erste Liad",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit wöcher Nummer hab i letzt'n Freitag ang'fangt",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Wos war gestern des letzte Liad",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wos hab i letzte Woch'n aufg'hört",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="Wöches Liad drück i am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wöchen Künstler überspring i am meisten, oida",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wos is momentan mei Ohrwurm, des i dauernd aufdraah",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl ma, wie war mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib ma an Rückblick auf mei Joa, heast",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war mei Woch'n musikalisch, kurz zamg'fasst",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Hör i mehr in da Früh oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör i am Wochenend mehr Musik als unter da Woch'n",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Heast, spü Daft Punk in da Küch'n",
    "Mach a bissl lauter, oida",
    "Wos rennt grad in da Küch'n",
    "Wos is des für a Liad",
    "Überspring des Liad, des is ned leiwand",
    "Podcast pausier'n bitte",
    "Nächste Nummer im Wohnzimmer",
    "Licht in da Küch'n aus",
    "Spü des Album Discovery",
    "Lautstärke auf dreißig",
    "Zufallswiedergabe ein",
    "Wiederholung aus, bitte",
    "Küch'n und Wohnzimmer Lautsprecher zamschalten",
    "Stell an Timer auf zehn Minuten fürs Gulasch",
    "Wie wird's Wetter, regnet's heut no",
    "Schreib Semmeln auf d'Einkaufsliste",
    "Heizung auf zweiazwanzig Grad",
    "Wos hör i grad",
    "Spü de neueste Folge von The Daily",
    "Leiser, oida, de Gäst' reden",
    "Stopp die Musik",
    "Spü a bissl an Falco",
    "Wer singt des eigentlich grad",
    "Zurück zum vorigen Liad",
]
