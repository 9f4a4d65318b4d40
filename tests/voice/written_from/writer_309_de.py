"""Writer 309, a Turkish-German teenager from Berlin-Neukölln (Kiezdeutsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="lan wer war mein top künstler letzte woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wallah sag ma wen ich dieses jahr am meisten gehört hab",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche band ich grad so süchtig nach bin, digga",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top drei künstler seit oktober, gib ma",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="welches lied ich hab am meisten gehört im oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="bruder sag mir meine fünf meistgehörten songs ever",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="was war mein sommerhit lan, also im sommer, was lief am meisten",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="welches album lief bei mir am meisten diesen monat",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="mein lieblingsalbum letztes jahr, welches war das yani",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast ich hör am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="digga welcher podcast hat mich in letzter zeit gecatcht",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang ich hab heute musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wallah wie viele stunden lief musik bei uns letzten monat",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich so gehört die letzten sieben tage",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="podcast mäßig wie viel zeit diese woche, in minuten",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele lieder ich heute morgen gehört hab",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft lief überhaupt was gestern abend, also insgesamt",
        family="plays",
        period="yesterday_evening",
    ),
    Fresh(
        text="wie viele folgen hab ich gehört in den letzten 30 tagen",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler ich hab dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="lan wie viele unterschiedliche rapper oder bands waren das im september",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs seit montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viele unterschiedliche lieder hab ich insgesamt gehört, ich schwör das sind nich viele",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft ich hab bohemian rhapsody gehört diesen monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft punk, wie oft lief das dieses jahr digga",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief dance von justice letzte woche",
        family="play_count",
        period="last_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="wie oft hab ich ezhel gehört, insgesamt",
        family="play_count",
        period="all_time",
        name="Ezhel",
    ),
    # did_i
    Fresh(
        text="hab ich gestern queen gehört oder nich",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief bei uns am wochenende air, weißt du",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="wallah hab ich vorgestern the daily gehört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="hab ich in letzter zeit apache 207 gehört",
        family="did_i",
        period="lately",
        name="Apache 207",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend gehört lan",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief am samstag so",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was für musik lief bei uns am dritten november",
        family="what_played",
        period="november_3",
        content="music",
        person="we",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so viertel vor acht, da war so ein song",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um acht was lief da",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="digga was lief heute um viertel nach fünf in der küche",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für musik ich so feier, sag ma ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie ist mein geschmack so yani",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel uhr ich hör meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem tag ich hör am meisten so normalerweise",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich neue künstler entdeckt diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche künstler waren neu für mich in den letzten drei monaten",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skip ich songs lan",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hab ich viel geskippt diese woche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer die gleichen lieder, wallah sag ehrlich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine wiederholungsrate im august",
        family="repeat",
        period="august",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="mein streak, wie lang ist der grad",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich das erste mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann hab ich eres drin, also wann lief das zum ersten mal",
        family="first_play",
        name="Eres",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="café tacvba wann hab ich die zuletzt gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="was war das letzte lied was ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="welcher song lief als letztes digga",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute mein erster song",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heut aufgewacht, welches lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erstes lied gestern, welches war das",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war das letzte lied letzte nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich letzte woche aufgehört, also der letzte song",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen song drück ich immer weg lan",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück ich immer weiter, welcher artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches lied hab ich grad auf dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="wallah welchen song kann ich grad nich aufhören zu hören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma wie war mein oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma zusammenfassung von mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine woche musikmäßig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wie lief bei uns letzten sommer so, rückblick",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher nachmittags oder nachts am hören",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich am wochenende mehr als unter der woche lan",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wochentags oder wochenende, wann läuft bei mir mehr musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche lan",
    "mach musik lauter digga",
    "was läuft grad in der küche",
    "was ist das für ein song wallah der ist krass",
    "skip den song",
    "pausier den podcast",
    "nächster track im wohnzimmer",
    "mach küchenlicht aus",
    "spiel album discovery",
    "leiser bruder",
    "mach shuffle an",
    "wiederholung an für den song",
    "verbinde küche und wohnzimmer lautsprecher",
    "stell timer auf zehn minuten",
    "wie wird das wetter morgen in berlin",
    "schreib ayran auf die einkaufsliste",
    "heizung auf zweiundzwanzig",
    "was hör ich grad",
    "spiel ezhel",
    "mach musik aus lan",
    "nächste folge von the daily",
    "spiel was zum chillen in der küche",
    "wie spät ist es",
]
