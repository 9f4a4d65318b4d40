"""Writer 308, Kölner Karnevalsjeck (kölsch gefärbt), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sach ens, wer is dä Künstler, den isch dies Jahr am meisten jehört hab?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer war denn min Nummer eins letzten Monat, weeßte dat?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Top drei Bands in der Küch seit Oktober",
        family="top_artists",
        period="since_october",
        count=3,
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Wat is min Lieblingsleed diesen Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Die fünf Lieder, die wir letzte Woche am meisten jespielt han, alaaf",
        family="top_tracks",
        period="last_week",
        count=5,
        person="we",
    ),
    Fresh(
        text="Welches Lied lief im Sommer am häufigsten?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab isch üverhaupt am meisten jehört?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum vom letzten Jahr, wat war dat noch?",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör isch in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wat is min Podcast Nummer eins seit März",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief hück Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden han isch letzte Woche jehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Vorjestern, wie lange ham wir da Musik laufen jehabt?",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Leedcher hab isch heut Morjen jespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft wurd im Oktober insjesamt wat abjespielt",
        family="plays",
        period="october",
    ),
    Fresh(
        text="Wieviele Podcastfolgen hab isch diese Woche jehört",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab isch dies Jahr jehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Bands warn et in den letzten dreißig Tagen",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab isch im August jehört",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="Letzten Sommer, wieviel unterschiedliche Songs warn dat?",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="Wie oft lief dies Jahr Bohemian Rhapsody",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft hab isch die in letzter Zeit jehört?",
        family="play_count",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab isch de Höhner jespielt, insjesamt",
        family="play_count",
        period="all_time",
        name="Höhner",
    ),
    # did_i
    Fresh(
        text="Hab isch jestern Queen jehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief am Samstag wat von Justice?",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="Ham wir letztes Wochenende Air jehört?",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Hab isch dies Jahr überhaupt Brings jehört? Dat wär ja en Schand",
        family="did_i",
        period="this_year",
        name="Brings",
    ),
    # what_played
    Fresh(
        text="Wat lief jestern Abend?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat hab isch am dritten November jehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Wat ham wir letzten Freitag so jehört bei uns",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Wat lief jestern um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Hück Morjen um halb neun, wat lief da?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat war dat für e Leed hück um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Wat is eijentlich min Musikjeschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ens minge Jeschmack, wat hör isch so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr und an welchem Tag hör isch meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Tageszeit hör isch normalerweise am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab isch diesen Monat neue Künstler entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Bands hab isch seit Montag zum ersten Mal jehört",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="Wie oft skip isch eijentlich so",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab isch letzten Monat wegjedrückt, so prozentual",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Hör isch immer dat Jleiche? Wie hoch is min Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab isch in den letzten sieben Tagen Lieder wiederholt",
        family="repeat",
        period="last_7_days",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab isch jetzt jehört",
        family="streak",
    ),
    Fresh(
        text="Wie lang is min Serie, also wie viele Tage am Stück lief wat",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab isch Café Tacvba et erste Mal jehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann hör isch eijentlich The Daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hab isch dat letzte Mal Justice jehört",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="De Bläck Fööss, wann liefen die zuletzt?",
        family="last_play",
        name="Bläck Fööss",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Leed, dat isch jespielt hab",
        family="last_song",
    ),
    Fresh(
        text="Letztes Lied, wat war dat noch ens?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wat für nem Leed bin isch hück wach jeworden",
        family="first_today",
    ),
    Fresh(
        text="Wat war dat erste Lied hück",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war dat erste Lied jestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Erstes Lied im Oktober?",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="Wat lief als Letztes vorjestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit welchem Lied hab isch letzte Nacht aufjehört",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück isch am häufigsten wej",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Song überspring isch am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler skip isch am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band drück isch dies Jahr am öftesten weiter",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="Wat hab isch zurzeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Leed lief bei mir jrad rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ens, wie war min November",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Jib mir ne Zusammenfassung von minger Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wie war dat Jahr 2025 für mich, so als Jahresrückblick",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="Hör isch mehr morjens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin isch beim Hören eher ne Nachteul oder ne Morjenmensch",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör isch am Wochenende mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktags oder am Wochenende, wann lief bei uns letzten Monat mehr",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "Spill ens Höhner in der Küch",
    "Mach de Musik lauter, et is Fastelovend!",
    "Leiser bitte, de Pänz schlafen",
    "Wat is dat für e Leed?",
    "Nächstes Lied",
    "Skip dat Leed, dat is nix",
    "Podcast pausieren",
    "Spiel dat Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Mach dat Licht in der Küch aus",
    "Timer auf zwölf Minuten, die Mutzen sin im Ofen",
    "Wie wird et Wetter morjen in Kölle",
    "Schreib Kölsch auf de Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "Wat hör isch jrad?",
    "Verbind den Küchenlautsprecher mit dem im Wohnzimmer",
    "Spiel wat Kölsches auf allen Lautsprechern",
    "Nächster Titel im Wohnzimmer",
    "Mach de Musik aus",
    "Spiel The Daily weiter",
    "Lautstärke auf fuffzig",
    "Wat läuft jrad in der Küch",
    "Wie viele Tage noch bis Weiberfastnacht",
    "Spiel Viva Colonia, alaaf!",
    "Spiel dat Leed noch ens von vorn",
]
