"""Writer 571, ein Dresdner Mitte vierzig (saechsisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Nu, wer war'n mei Nummer eens letzte Woche?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="gugge mal, wen hab'sch'n dieses Jahr am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer lief'n bei uns im Oktober so am meisten, welcher Künstler",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Was war'n mei Liedl des Monats",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="sag ma die drei Lieder die'sch im Sommer am meisten gedudelt hab",
        family="top_tracks",
        period="summer",
        count=3,
        content="music",
    ),
    Fresh(
        text="In der Küche, welches Liedl läuft'n da am allermeisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
        content="music",
    ),
    # top_albums
    Fresh(
        text="Welche Bladde hab'sch'n am meisten laufen gehabt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum seit März, nu, welches isses",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör'sch'n am meisten",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="was für'n Podcast hat mich'n in letzter Zeit so gepackt",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief'n heute Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Ei verbibbsch, wie viele Stunden hab'sch'n letzten Monat Musik gehört",
        family="listening_time",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="wie lang hammer'n gestern in der Küche was laufen gehabt",
        family="listening_time",
        period="yesterday",
        person="we",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab'sch'n heute schon gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft lief'n überhaupt was seit Montag",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Folgen vom Podcast warn's'n im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedne Künstler hab'sch'n dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="nu wie viel verschiedne Gabellen warn'n das zwanzigfünfundzwanzig",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedne Liedl hab'sch'n die letzten dreißig Tage gehört",
        family="songs_count",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="Im August, wie viele unterschiedliche Titel warn's'n da",
        family="songs_count",
        period="august",
        content="music",
    ),
    # play_count
    Fresh(
        text="Wie oft hab'sch'n Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief'n dieses Jahr Queen, so ungefähr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab'sch'n die Prinzen gespielt",
        family="play_count",
        period="all_time",
        name="Die Prinzen",
    ),
    Fresh(
        text="Die Daily, wie oft hatt'sch'n die diesen Monat an",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hab'sch gestern Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief'n vorgestern was von Air?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Gugge ma, hab'sch'n in letzter Zeit Silbermond gehört",
        family="did_i",
        period="lately",
        name="Silbermond",
    ),
    Fresh(
        text="Hammer am Wochenende Don't Stop Me Now gehört oder ni?",
        family="did_i",
        period="last_weekend",
        person="we",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="Was hab'sch'n gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mal, was lief'n heute früh",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was hat'n die Ada am dritten November gehört",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Was lief'n gestern gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was war'n das für'n Liedl heute früh um halb neune",
        family="playing_at",
        moment="2026-11-20 08:30",
        content="music",
    ),
    Fresh(
        text="Um Viertel nach fünfe heute Nachmittag, was lief'n da",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Was hab'sch'n eigentlich für'n Musikgeschmack",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="beschreib mir ma mein Geschmack, nu so was ich gerne höre",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör'sch'n meistens Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann hör'sch'n so am meisten, welche Stunde, welcher Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab'sch'n diesen Monat jemand Neues entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler warn'n letztes Jahr neu für mich",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="Wie oft drück'sch'n eigentlich weiter",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Überspring'sch viel in letzter Zeit?",
        family="skips",
        period="lately",
    ),
    # repeat
    Fresh(
        text="Hör'sch immer das gleiche Zeug rauf und runter",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft wiederhol'sch'n Lieder so, seit Oktober",
        family="repeat",
        period="since_october",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hinternander hab'sch'n jetzt schon Musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Nu, wie lang is'n meine Serie, Tage am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab'sch'n Daft Punk zum ersten Mal gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Seit wann hör'sch'n eigentlich Café Tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann hab'sch'n zuletzt Queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Die Daily, wann lief'n die des letzte Mal",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab'sch'n Karat das letzte Mal gehört",
        family="last_play",
        name="Karat",
    ),
    # last_song
    Fresh(
        text="Was war'n des letzte Liedl was'sch gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="ei verbibbsch, wie hieß'n das Lied vorhin, das letzte",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was bin'sch'n heute aufgewacht, musikalisch",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war'n das erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab'sch'n letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was lief'n gestern Abend als Letztes",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Des letzte Liedl am Samstag, welches war'n das",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring'sch'n am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="wen skipp'sch'n so am meisten, welche Band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was für'n Liedl hab'sch'n grade in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied dudel'sch'n zurzeit ständig, gugge ma",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir ma ne Zusammenfassung von mei'm Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Nu, wie war'n meine Woche so, musikmäßig",
        family="recap",
        period="this_week",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="bin'sch eher'n Morgenhörer oder'n Abendhörer, sag ma ehrlich",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör'sch am Wochenende mehr Musik als unter der Woche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktags oder Wochenende, wann dudelt's'n mehr bei mir",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Nu spiel ma Daft Punk in der Küche",
    "Mach ma die Musik lauter",
    "Was isses'n für'n Liedl grade",
    "Überspring das ma, das mag'sch ni",
    "Halt ma den Podcast an",
    "nächstes Lied",
    "Mach's Licht in der Küche aus",
    "Stell ma'n Timer auf zwölf Minuten für die Eier",
    "Wie wird'n das Wetter morgen in Dresden",
    "Schreib Quark uff die Einkaufsliste",
    "Heizung uff einundzwanzig Grad",
    "Spiel ma das Album Discovery",
    "Zufallswiedergabe an",
    "Wiederhol das Liedl in Dauerschleife",
    "Lautstärke uff fünfe",
    "Gruppier die Lautsprecher Küche und Wohnzimmer",
    "Was hör'sch'n grade",
    "Spiel die neue Folge von The Daily",
    "leiser, die Nachbarn schimpfen schon",
    "Mach ma MDR Sachsen an",
    "ei verbibbsch, halt ma an",
    "Wie spät isses'n",
    "Gomm, spiel ma was von Queen",
    "Stopp, aus jetzt",
    "Was läuft'n grade in der Küche",
]
