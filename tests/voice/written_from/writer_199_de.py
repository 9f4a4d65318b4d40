"""Writer 199, a Thuringian German speaker, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Nu sach ma, wen hab ich letzde Woche am meisden gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer war'n mei Künsdler des Jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Gugge, die drei Künsdler, die ich ieberhaubt am meisden höre",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="wen ham mer im Oggdober am meisden laufen lassen",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="In der Küche, wer läuft'n da am meisden seit März",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Was is'n mei Lieblingslied diesen Monad",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Ähmd die fünf Lieder, die ich im Sommer am meisden gespielt hab",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="Welches Lied lief letzdes Jahr am häufigsden",
        family="top_tracks",
        period="last_year",
    ),
    # top_albums
    Fresh(
        text="Welche Bladde hab ich dies Jahr am meisden gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum, nu, welches is'n das ieberhaubt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welches Album lief im Sebdember am meisden",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podgast hör ich am meisden",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Nu, welcher Podcast hat mich in letzder Zeit so gebaggt",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heude Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Schdunden hab ich diese Woche gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lange ham mer gesdern Abend Musik gehört",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viel Podcast hab ich in den letzden dreißig Dagen gehört, in Minuden",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie lang lief'n de Musik im August",
        family="listening_time",
        period="august",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heude früh gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich seit Mondag ieberhaubt abgespielt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Podcastfolgen hab ich diesen Monad gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Nu, wie oft lief bei uns letzde Woche was, insgesamt",
        family="plays",
        period="last_week",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künsdler hab ich dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Bands und Sänger warn'n das im Oggdober",
        family="artists_count",
        period="october",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedne Lieder warn's letzde Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Wie viele underschiedliche Liedchen hab ich ieberhaubt schon gehört",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich Bohemian Rabsody diese Woche gehört",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief'n Daft Bunk im letzden Monad",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Gugge ma, wie oft hab ich Moon Safari gespielt seit Oggdober",
        family="play_count",
        period="since_october",
        name="Moon Safari",
    ),
    Fresh(
        text="Wie oft lief Genesis von Dschastis in der Küche",
        family="play_count",
        period="all_time",
        name="Genesis by Justice",
        room="kitchen",
    ),
    Fresh(
        text="Wie oft hab ich die Puhdys gehört",
        family="play_count",
        period="all_time",
        name="Puhdys",
    ),
    # did_i
    Fresh(
        text="Hab ich gesdern Air gehört",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="Lief vorgesdern was von Gween",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="Hab ich heude früh The Daily gehört oder ni",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Nu, war Café Tacvba dies Jahr ieberhaubt mal dran",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="Hab ich am Wochenände Karat gehört",
        family="did_i",
        period="last_weekend",
        name="Karat",
    ),
    Fresh(
        text="Ham mer letzden Freidag Dschastis gehört",
        family="did_i",
        period="last_friday",
        name="Justice",
        person="we",
    ),
    # what_played
    Fresh(
        text="Was hab ich gesdern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief'n letzde Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was für Musik lief am Sonnabend in der Küche",
        family="what_played",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Erzähl ma, was hab ich heude Nachmiddag gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Am dridden November, was lief'n da",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was lief'n gesdern Abend um dreiviertel achte",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Gugge ma, heude früh Viertel neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="Was hab ich um halb sechse heude Nachmiddag gehört",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="Middwoch Abend um neune, was lief da",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Was lief am Sonnabend um zwölfe Middag",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="Was hör ich'n eigentlich so für Musik, beschreib's mir ma",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was is'n mei Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör ich meisdens Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Dag und zu welcher Schdunde hör ich am meisden",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzder Zeit neue Künsdler endeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wen hab ich diesen Monad zum ersden Mal gehört",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künsdler warn dies Jahr neu für mich",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft drück ich'n weider, ähmd überspringen mein ich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch war mei Skiprate letzde Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dasselbe, wie hoch is'n die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Nu, wie sehr hab ich dies Jahr dieselben Lieder wieder und wieder gespielt",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Dage hinnereinander hab ich jetz schon gehört",
        family="streak",
    ),
    Fresh(
        text="Mei Serie, wie viele Dage am Schdück lief was",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Dschastis 's ersde Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Around the World von Daft Bunk, wann lief'n das zum ersden Mal",
        family="first_play",
        name="Around the World by Daft Punk",
    ),
    # last_play
    Fresh(
        text="Wann lief'n zuledzt Eres",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="Wann hab ich das ledzde Mal The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab ich zuledzt Bob Marley gehört",
        family="last_play",
        name="Bob Marley",
    ),
    # last_song
    Fresh(
        text="Was war'n das ledzde Lied, was ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="Welches Lied lief ganz zuledzt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war heude das ersde Lied",
        family="first_today",
    ),
    Fresh(
        text="Womit hab ich'n heude angefang, welches Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war gesdern 's ersde Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ich letzde Woche angefangen, 's ersde Lied mein ich",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="Das ersde Lied im Sebdember",
        family="first_in",
        period="september",
    ),
    # last_in
    Fresh(
        text="Womit hab ich letzden Freidag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Das ledzde Lied vorgesdern, welches war'n das",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am meisden",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Was drück ich immer weg, welches Liedchen",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künsdler überspring ich am häufigsden",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei wem drück ich am meisden weider",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör ich in letzder Zeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Was is'n mei Ohrwurm zur Zeit, welches Lied läuft dauernd",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma, wie war mei Oggdober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie war mei Jahr so musikalisch",
        family="recap",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="Gib mer ma 'nen Rückblick auf letzde Woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="Fass mer ma zusamm, wie's bei uns letzden Monad lief",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Nu, e kleener Rückblick, wie war's",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich früh mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher so'n Morgenhörer oder Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wann läuft mehr, Wochenände oder Werkdage",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is bei mir unner der Woche mehr los als samsdags und sonndags",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Bunk in der Küche",
    "Mach ma de Musik lauder",
    "Was läuft'n grade in der Küche",
    "Was is'n das für e Lied",
    "Nächsdes Lied",
    "Halt ma den Podcast an",
    "Mach's Licht in der Küche aus",
    "Spiel das Album Discovery",
    "Leiser, nu, leiser",
    "Zufallswiedergabe an",
    "Wiederholen einschalten",
    "Verbind ma die Lautsprecher in Küche und Wohnzimmer",
    "Stell mer en Wecker auf halb sieben",
    "Stell en Timer auf zwölf Minuden für de Klöße",
    "Wie wird's Wedder morgen",
    "Schreib Bratwürschde auf de Einkaufsliste",
    "Mach de Heizung e bissl wärmer",
    "Was hör ich grade",
    "Spiel Bohemian Rabsody von Gween",
    "Hör uff mit der Musik",
    "Spiel die neueste Folge von The Daily",
    "Wer singt'n das",
    "Weider mit der Musik",
    "Lautsprecher stumm schalten",
    "Spiel ma was Ruhiges im Wohnzimmer",
    "Zurück zum vorichen Lied",
    "Wie spät is'n",
    "Regnet's heude noch",
    "Stell de Heizung auf einundzwanzig Grad",
    "Spul ma dreißig Segunden vor beim Podcast",
    "Mach ma's Radio an",
]
