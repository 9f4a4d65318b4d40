"""Writer 499, Gen-Z-Gamer aus Hamburg, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="moin digga wer war diesen monat mein meistgehörter künstler",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wen haben wir letzte woche am meisten gehört bre",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="top drei artists seit oktober, gönn dir",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="die letzten zwei wochen welcher artist war da so vorne",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="meistgehörter künstler die letzten drei monate, sag ma",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="was war dat lieblingslied von mir im sommer digga",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="sag ma meine top fünf songs dieses jahr",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="welcher song lief bei mir am meisten, so all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="welches album hab ich letztes jahr am meisten gesuchtet wallah",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="meistgehörtes album ever?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welcher podcast hat mich in letzter zeit lowkey süchtig gemacht",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welchen podcast hab ich dieses jahr am meisten gehört",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="wie lange lief heute musik bei mir digga",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich letzten monat gehört, bestimmt krass viel",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lang hab ich die letzten sieben tage podcasts gehört",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="heute nachmittag wie lange lief da was",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="wie viele lieder hab ich heute früh gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele streams waren dat am samstag",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="wie viele folgen hab ich seit märz gehört",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="seit montag wie viele songs, so ungefähr",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele artists insgesamt bre",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene songs liefen im august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="wie viele unterschiedliche tracks hab ich die letzten 30 tage gehört",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hab ich bohemian rhapsody diesen monat gehört digga",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk diese woche wallah",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich überhaupt schon radiohead gespielt",
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
        text="lief heute schon the daily",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="hab ich in letzter zeit mal justice gehört oder is dat sus",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hab ich letztes jahr the weeknd gehört",
        family="did_i",
        period="last_year",
        name="The Weeknd",
    ),
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern bei mir in der küche",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="was hat ada letzten freitag gehört",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="was lief am wochenende so bei uns",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was lief gestern so um viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="digga was lief heute morgen um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="gestern abend viertel nach acht, welcher song war dat",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was für musik feier ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen musikgeschmack, aber nicht cringe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich so meistens, welche uhrzeit und welcher tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter zeit neue artists entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler hab ich im september zum ersten mal gehört",
        family="new_artists",
        period="september",
    ),
    Fresh(
        text="wie oft skippe ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine skip rate letzte woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="hör ich oft dieselben songs nochmal, so repeat rate mäßig",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann lief eres von cafe tacuba dat erste mal",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann hab ich zuletzt don't stop me now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief the daily dat letzte mal",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war mein letzter song digga",
        family="last_song",
    ),
    Fresh(
        text="mit welchem song bin ich heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="was war gestern der erste song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich am dritten november angefangen",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="was lief letzte nacht als letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="letzten freitag, was war da der letzte track",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welchen song skippe ich am meisten, ehrenlos",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welcher song läuft bei mir grad auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welchen track spiel ich grad dauernd, der geht mir nich aus dem kopf",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma wie war meine woche musikmäßig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mir mal nen recap vom oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war mein jahr 2025 so, wrapped style",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche, digga",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie viele songs hab ich letzten sommer gespielt",
        family="plays",
        period="last_summer",
        content="music",
    ),
]

NEGATIVES = [
    "moin spiel ma daft punk in der küche",
    "mach lauter digga",
    "skip den song, der is cringe",
    "pause den podcast kurz",
    "nächster track im wohnzimmer",
    "mach dat licht in der küche aus",
    "spiel dat album discovery",
    "lautstärke auf 30",
    "shuffle an bre",
    "mach repeat an für den song",
    "was läuft grad in der küche",
    "welcher song is dat",
    "was hör ich grad",
    "stell nen timer auf zehn minuten für die pizza",
    "wie wird dat wetter morgen in hamburg",
    "schreib energy auf die einkaufsliste",
    "heizung auf 22 grad wallah mir is kalt",
    "verbind die küchenbox mit dem speaker im wohnzimmer",
    "spiel die neue folge von the daily",
    "leiser, ich bin im voice chat",
    "nächstes lied",
    "mach die musik aus, geht klar",
    "spiel was chilliges zum zocken",
    "regnet et heute noch",
    "lichter auf lila für den stream",
]
