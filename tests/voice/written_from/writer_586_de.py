"""Writer 586, eine Thüringerin aus Erfurt Mitte fünfzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Nu sag ma, wer war'n dies Jahr mei Künstler des Jahres?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Sag mir ma die drei Künstler, die ich seit März am meisten gehört hab",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Mir ham doch letzte Woche in der Küche immer dasselbe laufen lassen, wer war'n das am meisten, gell",
        family="top_artists",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Was is'n mei Lieblingsliedl diesen Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Nu, welches Lied lief denn im Sommer am meisten",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Die fünf Lieder, die ich letztes Jahr am meisten gespielt hab, sag die mir ma",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welches Album hab ich'n am öftersten aufgelegt, so überhaupt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum im Oktober, was war'n das nu wieder",
        family="top_albums",
        period="october",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast war'n die letzten zwei Wochen mei Favorit",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    Fresh(
        text="Nu, was für'n Podcast hab ich dies Jahr am meisten gehört",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief'n heute schon Musik, gell",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stunden ham mir'n letzten Monat in der Küche gehört",
        family="listening_time",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="E bissel neugierig bin ich ja: wie lang hab ich seit Montag Podcast gehört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Liedl war'n das gestern eigentlich",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie oft is'n überhaupt was abgespielt worden in de letzten sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich'n dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Nu wie viel unterschiedliche Bands war'n das in de letzten dreißig Tage",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich'n im September gehört",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wie viel unterschiedliche Liedl sin'n das insgesamt, alles zusamm'",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich'n diesen Monat Bohemian Rhapsody gehört, das is ja meins",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft lief'n das in de letzten drei Monate",
        family="play_count",
        period="last_3_months",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich de Puhdys gehört, überhaupt, jemals",
        family="play_count",
        period="all_time",
        name="Puhdys",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Abend Queen gehört, gell?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Lief vorgestern was von Justice",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Nu, hab ich in letzter Zeit ma Helene Fischer gehört",
        family="did_i",
        period="lately",
        name="Helene Fischer",
    ),
    Fresh(
        text="War heut früh The Daily dran?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="Was hab ich'n letztes Wochenende so gehört",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="Erzähl ma, was lief'n letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was hat'n die Ada am dritten November gehört",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Gestern Abend um achte, was war'n das für e Lied",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heut früh um halb neune, was lief da in der Küche",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="Was lief'n heut Nachmittag um viertel sechse",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Was hab ich'n eigentlich für'n Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Nu beschreib ma, was für Musik ich so mag",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör ich'n meistens Musik, und an welchem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wann hör ich denn gewöhnlich, so von der Uhrzeit her",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit wen Neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler war'n diesen Monat zum ersten Mal dabei",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft drück ich'n weiter bei de Lieder, so insgesamt",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich letzte Woche übersprungen",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dasselbe, oder? Wie oft wiederholt sich das bei mir",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is'n mei Wiederholungsrate seit Oktober",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon was gehört",
        family="streak",
    ),
    Fresh(
        text="Nu, wie lang is'n mei Serie, Tage am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich'n Air zum allerersten Mal gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Seit wann is'n das Liedl Eres dabei, wann lief's es erste Mal",
        family="first_play",
        name="Eres",
    ),
    # last_play
    Fresh(
        text="Wann lief'n zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hab ich das letzte Mal Karat gehört",
        family="last_play",
        name="Karat",
    ),
    # last_song
    Fresh(
        text="Was war'n das letzte Lied, was ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="Nu, was lief denn als Allerletztes",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied bin ich'n heut früh in den Tag gestartet",
        family="first_today",
    ),
    Fresh(
        text="Was war heut's erste Liedl",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war'n das erste Lied vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit was hab ich'n letzten Freitag angefangen, musikalisch",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was lief als letztes am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Das letzte Liedl gestern, was war'n das",
        family="last_in",
        period="yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück ich'n am meisten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Liedl überspring ich am häufigsten, gell",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich'n am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band hab ich'n im August immer gleich weitergedrückt",
        family="most_skipped_artist",
        period="august",
    ),
    # on_repeat
    Fresh(
        text="Was is'n grad mei Ohrwurm, das Lied, was ich ständig hör",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Liedl läuft bei mir im Moment rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma, wie war mei Jahr so, musikalisch",
        family="recap",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="Nu gib mir ma 'n Rückblick auf zwanzig fünfundzwanzig",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Wie war'n mei Woche so, gemütlich?",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr früh oder mehr abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich'n eher e Morgenhörerin oder e Abendhörerin",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder Werktage, wann läuft'n bei mir mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Im Sommer, hab ich da samstags und sonntags mehr gehört als in der Woche",
        family="compare_week",
        period="summer",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk in der Küche",
    "Mach ma e bissel lauter",
    "Nu, mach leiser, gell",
    "Nächstes Lied",
    "Das Liedl überspringen",
    "Was is'n das für e Lied grad",
    "Pause, der Podcast soll ma kurz aufhör'n",
    "Mach's Licht in der Küche aus",
    "Stell ma 'n Timer auf zwanzig Minuten für de Klöße",
    "Wie wird'n 's Wetter morgen in Erfurt",
    "Schreib Rostbratwürste auf de Einkaufsliste",
    "Heizung e bissel höher, mir is kalt",
    "Spiel's Album Discovery",
    "Zufallswiedergabe an",
    "Mach die Wiederholung aus",
    "Was hör ich'n grad",
    "Verbind ma den Küchenlautsprecher mit dem im Wohnzimmer",
    "Spiel The Daily weiter",
    "Musik aus, Feierabend",
    "Spiel ma was Gemütliches",
    "Das Lied nochma von vorne",
    "Weck mich morgen um sechse",
    "Wer singt'n das hier",
    "Lautstärke auf fünf",
    "Spiel Queen im Wohnzimmer",
]
