"""Writer 182, non-native speaker (Turkish-German second generation, Kiezdeutsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="lan wer war mein meiste künstler letzte woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="von welche band bin ich grad so besessen wallah",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in küche wer läuft am meisten seit oktober",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="top drei künstler von dieses jahr sag mal",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="was is mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mir meine fünf meist gehörte lieder",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches lied hab ich letzte sommer am meisten gehört",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich am meisten gepumpt dieses jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mein lieblingsalbum im september was war das",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="welche podcast hör ich in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was war mein meiste podcast zweitausendfünfundzwanzig",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich heute musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel stunden lief bei uns gestern",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="digga wie lange hab ich diese woche gehört insgesamt",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie viel minuten podcast hab ich im august",
        family="listening_time",
        period="august",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="ich hab gehört wie viel lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele sachen hab ich vorgestern abgespielt",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie viele folgen podcast letzte dreißig tage",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche bands insgesamt lan",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder seit montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viel unterschiedliche songs hab ich letzte drei monate gehört",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rapsodi gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal lief daft punk diese woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich tarkan gehört dieses jahr",
        family="play_count",
        period="this_year",
        name="Tarkan",
    ),
    Fresh(
        text="ich hab gehört wie viel mal don't stop me now im oktober",
        family="play_count",
        period="october",
        name="Don't Stop Me Now",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei uns am wochenende air",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="hab ich heute morgen the daily gehört oder nich",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hat ada am samstag queen gehört",
        family="did_i",
        period="saturday",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="ezhel hab ich letzten monat gehört ja oder nein",
        family="did_i",
        period="last_month",
        name="Ezhel",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend gehört lan",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzte nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief in küche letzten freitag",
        family="what_played",
        period="last_friday",
        room="kitchen",
    ),
    Fresh(
        text="was hab ich am dritten november gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was für musik lief heute nachmittag",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welches lied lief heute um halb neun morgens",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute nachmittag um zehn nach fünf was lief da",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="was lief mittwoch um zwölf mittags",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="was für musikgeschmack hab ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal mein geschmack yani was hör ich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens, welche uhrzeit und welcher tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr hör ich normal am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich neue künstler entdeckt in letzter zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler sind neu bei mir diesen monat",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich so",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich weggeskippt letzte woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer die gleiche lieder oder wie",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine wiederholrate dieses jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang is meine serie lan, tage hintereinander",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich das erste mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief moon safari zum ersten mal",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief phantom das letzte mal",
        family="last_play",
        name="Phantom",
    ),
    Fresh(
        text="wann hab ich letzte mal sezen aksu gehört",
        family="last_play",
        name="Sezen Aksu",
    ),
    # last_song
    Fresh(
        text="was war letzte lied was ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="welches lied lief zuletzt bei mir",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war erste lied heute",
        family="first_today",
    ),
    Fresh(
        text="mit welchem lied bin ich heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welches lied lief zuerst am samstag",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="mit welchem lied hab ich die woche angefangen",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="was war letzte lied letzten freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="mit welchem lied hab ich gestern abend aufgehört",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen song drück ich immer weg",
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
        text="bei welcher band drück ich immer weiter ischwör",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was is grad mein lied auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welchen song hör ich grad rauf und runter wallah",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war meine woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mir mal mein jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war bei uns oktober so",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="fass mal zusammen mein hören lan",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so nachmittag oder abend hörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich am wochenende mehr als unter woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="unter der woche oder wochenende, wann hab ich mehr gehört dieses jahr",
        family="compare_week",
        period="this_year",
    ),
    # extra
    Fresh(
        text="sag mal wie lange lief musik in küche im sommer",
        family="listening_time",
        period="summer",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="hab ich seit märz cafe tacuba gehört",
        family="did_i",
        period="since_march",
        name="Café Tacvba",
    ),
    Fresh(
        text="wie oft lief one more time von daft punk die letzten sieben tage",
        family="play_count",
        period="last_7_days",
        name="One More Time by Daft Punk",
    ),
]

NEGATIVES = [
    "mach daft punk in küche an",
    "lauter machen lan",
    "mach mal leiser wallah",
    "was läuft grad in küche",
    "was is das für lied",
    "nächstes lied",
    "skip das lied digga",
    "pausier mal podcast",
    "spiel album discovery",
    "mach zufallswiedergabe an",
    "wiederhol das lied nochmal",
    "mach licht in küche aus",
    "stell timer auf zehn minuten",
    "wie wird wetter morgen",
    "schreib milch auf einkaufsliste",
    "mach heizung auf zweiundzwanzig grad",
    "verbinde küche lautsprecher mit wohnzimmer",
    "was hör ich grad",
    "spiel neue folge von the daily",
    "mach musik aus lan",
    "lautstärke auf fünfzig",
    "spiel was von tarkan",
    "wer singt das grad",
    "geh zurück zum lied davor",
    "stopp alles",
    "mach radio an in küche",
    "weck mich um sieben",
    "spiel queen im wohnzimmer",
]
