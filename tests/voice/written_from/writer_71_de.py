"""Writer 71, ein 15-jähriger Teenager aus Berlin (Jugendsprache), Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer war diesen monat mein meistgehörter künstler",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="welchen künstler hab ich in letzter zeit komplett gesuchtet",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="sag mal meine top drei künstler letztes jahr",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="wen haben wir letzten monat in der küche am meisten gehört",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="was war mein lieblingslied im oktober, so das meistgespielte",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="nenn mir meine fünf meistgehörten songs seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welcher song lief dieses jahr bei mir am häufigsten sheesh",
        family="top_tracks",
        period="this_year",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich im sommer am meisten gepumpt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mein lieblingsalbum aller zeiten, welches isses",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast ist gerade so mein ding, in letzter zeit mein ich",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistgehörter podcast letzten monat?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="wie lange lief gestern musik bei mir",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich diese woche gehört, safe voll viele",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie viel zeit hab ich die letzten 30 tage mit podcasts verbracht",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie lang hatten wir letztes wochenende musik an",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft hab ich insgesamt seit montag was abgespielt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele folgen podcast hab ich im september gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche artists waren das letzten sommer, digga",
        family="artists_count",
        period="last_summer",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs hab ich letzte woche gehört",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="wie viele unterschiedliche lieder hab ich überhaupt jemals gehört",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich diesen monat bohemian rhapsody gehört",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="digga wie oft lief daft punk in letzter zeit",
        family="play_count",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich ski aggu gehört, insgesamt",
        family="play_count",
        period="all_time",
        name="Ski Aggu",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief vorgestern eigentlich the daily",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="hab ich jemals apache 207 gehört oder ist das lost",
        family="did_i",
        period="all_time",
        name="Apache 207",
    ),
    Fresh(
        text="don't stop me now, hab ich das im august gehört",
        family="did_i",
        period="august",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="sag mal was lief heute früh bei mir",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was haben wir am samstag gehört",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was für musik hab ich am dritten november gehört",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so um viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="welcher song lief heute um halb neun morgens",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="digga was lief heute nachmittag um fünf",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="was für einen musikgeschmack hab ich eigentlich, sei ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen geschmack, ist der cringe",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich normalerweise musik, also welche uhrzeit und welcher tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche artists hab ich seit oktober zum ersten mal gehört",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich songs, so die skiprate",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich letzte woche geskippt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer wieder dieselben sachen, wie hoch ist meine wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich schon gehört",
        family="streak",
    ),
    Fresh(
        text="sheesh wie lang ist meine hör-serie gerade, also tage hintereinander",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="seit wann taucht la femme d'argent bei mir auf, so das erste mal",
        family="first_play",
        name="La femme d'argent",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann hab ich das letzte mal d.a.n.c.e. gehört",
        family="last_play",
        name="D.A.N.C.E.",
    ),
    Fresh(
        text="wann hab ich zuletzt cro gehört",
        family="last_play",
        name="Cro",
    ),
    # last_song
    Fresh(
        text="was war der letzte song den ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="digga wie hieß das letzte lied was lief, das war wyld",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute mein erster song",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heute aufgewacht, musikmäßig",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war gestern das erste lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welchem song hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war letzte nacht der letzte song",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich vorgestern aufgehört, welches lied",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="welchen song skippe ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skippe ich am häufigsten, ehrlich jetzt",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welcher song läuft bei mir gerade in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was ist grad mein ohrwurm, also der song den ich nonstop höre",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein oktober so",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir nen jahresrückblick digga",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass mal meine letzten drei monate zusammen",
        family="recap",
        period="last_3_months",
    ),
    Fresh(
        text="wie war meine woche so, hörmäßig",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so ein nachmittags- oder nachtmensch beim musikhören",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="hör ich am wochenende mehr als unter der woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "digga mach mal lauter",
    "was läuft gerade in der küche",
    "wie heißt der song hier",
    "skip den song, der ist cringe",
    "pausier mal den podcast",
    "nächster song im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf fünfzig",
    "zufallswiedergabe an",
    "wiederhol den song safe",
    "verbinde den küchenlautsprecher mit dem im wohnzimmer",
    "stell nen timer auf zehn minuten",
    "wie wird das wetter morgen",
    "schreib chips auf die einkaufsliste",
    "mach die heizung auf zweiundzwanzig grad",
    "was hör ich gerade",
    "spiel the daily ab",
    "stopp die musik",
    "spiel was das ballert",
    "leiser bitte, meine mutter telefoniert",
    "spiel bohemian rhapsody in voller lautstärke",
    "von wem ist das lied",
    "spul mal dreißig sekunden vor",
    "stell nen wecker auf sieben uhr, sheesh",
    "spiel justice überall",
    "mach die musik aus in der küche",
]
