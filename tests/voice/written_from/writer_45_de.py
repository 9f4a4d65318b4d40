"""Writer 45, a 15-year-old who uses the family smart speaker, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="digga wen hab ich in letzter zeit am meisten gehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer war mein top artist letzten monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="alter wer ist so mein künstler des jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="meine top drei artists im sommer",
        family="top_artists",
        period="summer",
        count=3,
    ),
    Fresh(
        text="was ist mein lieblingslied diesen monat lowkey",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welchen song hab ich letzte woche am meisten gepumpt",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="sag mal meine fünf meistgehörten songs ever",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches album hab ich dieses jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mein meistgehörtes album im oktober",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="welcher podcast ist so mein go to",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="bro welchen podcast hab ich seit märz am meisten gehört",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="wie lange lief heute schon musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich diese woche gehört krass",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange lief bei uns in der küche am wochenende musik",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viele lieder hab ich heute gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele folgen podcast hab ich letzten monat gehört",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie oft lief überhaupt was in den letzten sieben tagen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele artists waren das im september so",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="wie viele verschiedene songs hab ich seit oktober gehört",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wie viele unterschiedliche lieder diese woche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie oft hab ich bohemian rhapsody gepumpt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk diese woche digga",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich the weeknd gehört dieses jahr",
        family="play_count",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="hab ich gestern queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief in letzter zeit mal justice",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hab ich heute morgen the daily gehört oder nicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="haben wir vorgestern air gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief heute nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hab ich am samstag gesuchtet",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was lief gestern so um viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welcher song lief heute früh um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was lief heute um halb sechs",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="was für musik hör ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen musikgeschmack aber nicht cringe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise musik also welche uhrzeit und welcher tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hab ich in letzter zeit neue artists entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler hab ich diesen monat zum ersten mal gehört",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skip ich eigentlich songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="was ist meine skip rate letzte woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="hör ich immer die gleichen lieder oder wie",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="was ist mein streak safe schon lang",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann hör ich café tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich zuletzt don't stop me now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief das letzte mal radiohead",
        family="last_play",
        name="Radiohead",
    ),
    Fresh(
        text="was war das letzte lied das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="was war heute mein erster song",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heute aufgewacht digga",
        family="first_today",
    ),
    Fresh(
        text="was war gestern das erste lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erster song letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was hab ich letzte nacht als letztes gehört",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich am dritten november aufgehört",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="welchen song skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen artist skip ich am häufigsten alter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich grad so auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welcher song läuft bei mir gerade in dauerschleife sheesh",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein oktober musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal so nen rückblick auf letztes jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="wie war meine woche so mit musik",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mach mal so ein wrapped für die letzten dreißig tage",
        family="recap",
        period="last_30_days",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche oder nicht wild",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach lauter digga",
    "mach mal leiser",
    "welcher song ist das",
    "wie heißt das lied grad",
    "skip den song der ist cringe",
    "nächster song",
    "pausier den podcast",
    "spiel das album discovery",
    "zufallswiedergabe an",
    "mach das auf repeat",
    "lautstärke auf acht",
    "was läuft gerade in der küche",
    "was hör ich grad",
    "mach das licht in der küche aus",
    "stell nen timer auf zehn minuten",
    "wie wird das wetter morgen",
    "setz chips auf die einkaufsliste",
    "mach die heizung wärmer",
    "verbinde die küche mit dem wohnzimmer lautsprecher",
    "spiel die neue folge von the daily",
    "stopp die musik",
    "spiel mal was chilliges",
    "nochmal das lied von vorne",
    "weck mich um sieben",
]
