"""Writer 305, Mannheim (Kurpfälzisch) student, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="saach emol wer war'n mein Künstler Nummer eins des Johr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab isch in letschter Zeit am meischte gehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine drei Top Künstler vom letschde Monat",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="welche Band lief bei uns in de Kisch letscht Woch am meischte",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="was war mein meistgehörtes Lied im Summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="nenn mer mol mei fünf meischtgehörte Lieder seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Lieblingslied zwanzigfünfundzwanzig, was war des nochmal",
        family="top_tracks",
        period="in_2025",
    ),
    # top_albums
    Fresh(
        text="welches Album hab isch des Johr am meischte laufe lasse",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="ei was isch eigentlich mei Lieblingsalbum insgesamt",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast läuft bei mir in letschter Zeit am meischte",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mei Top Podcast im Oktober",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="wie lang hab isch heit schon Musigg gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wieviel Stunde hab isch die Woch gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lang lief bei uns gestern Podcast",
        family="listening_time",
        period="yesterday",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="wie viel Zeit hab isch letschte Summer mit Musik verbracht",
        family="listening_time",
        period="last_summer",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab isch heit Morge gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wieviel hab isch vorgeschtern abgespielt insgesamt",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie viele Folge vom Podcast hab isch des Johr gehört",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab isch im August gehört",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="seit Oktober, wie viele Bands warn des so insgesamt",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="wie viel unterschiedliche Lieder warn's die letschte siebe Tag",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele verschiedene Songs hab isch überhaupt schon gehört",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft hab isch Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk denn diesen Monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab isch die Söhne Mannheims gehört, ehrlich jetzt",
        family="play_count",
        period="all_time",
        name="Söhne Mannheims",
    ),
    Fresh(
        text="Sexy Boy von Air, wie oft lief des im September",
        family="play_count",
        period="september",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="hab isch gestern Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief am Samschdag ebbes von Justice",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="hab isch letscht Woch The Daily gehört oder net",
        family="did_i",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="hab isch jemals Joy Fleming gehört",
        family="did_i",
        period="all_time",
        name="Joy Fleming",
    ),
    Fresh(
        text="Discovery, hab isch des Album in de letschte drei Monat mol gehört",
        family="did_i",
        period="last_3_months",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="was hab isch gestern Owend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief heit Nachmittag so",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hänn mir am letschte Wochenend gehört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was hab isch am dritte November gehört",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um acht Uhr owends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was war heit früh um halb neun dran",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welches Lied lief heit um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was hab isch eigentlich fer'n Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würdsch du mein Geschmack beschreibe",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör isch normalerweise, also welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wieviel Uhr hör isch am meischte",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab isch in letschter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler warn des Johr neu für mich",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="wie oft skipp isch eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war mei Skiprate letschte Monat",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="hör isch oft die selbe Lieder immer widder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel wiederhol isch Songs diesen Monat",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab isch jetzt schon gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab isch Café Tacvba des erschte Mol gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann isch Justice bei mir im Verlauf",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="wann hab isch zuletzt Da Funk gehört",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann lief zum letschte Mol Queen",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="was war des letschte Lied, des isch gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit was für'm Lied bin isch heit in de Tag gestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war des erschte Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab isch vorgeschtern angfange",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="was war des letschte Lied am Freitag letscht Woch",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="was hab isch letschte Nacht als letschtes gehört",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skipp isch am meischte",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welchem Künstler drück isch am öfteschte weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hab isch grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was isch mein Ohrwurm zurzeit, des Lied wo isch dauernd laufe lass",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mol, wie war mei Woch musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mer en Rückblick auf letschtes Johr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="alla hopp, Monatsrückblick bitte",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör isch mehr morgens oder eher owends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör isch am Wochenend mehr als unner de Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel mol Daft Punk in de Kisch",
    "mach mol lauter",
    "nächstes Lied bitte",
    "pausier de Podcast",
    "was läuft grad",
    "was isch des für'n Lied",
    "stell en Timer auf zwölf Minute für die Nudle",
    "wie wird's Wetter in Monnem",
    "schreib Schorle auf die Einkaufslischt",
    "mach's Licht in de Küche aus",
    "spiel des Album Discovery",
    "Zufallswiedergabe an",
    "mach Wiederholung aus",
    "verbind die Lautsprecher in de Küche und im Wohnzimmer",
    "leiser bitte, isch muss lerne",
    "spiel die neuscht Folge The Daily",
    "stell die Heizung auf einezwanzig Grad",
    "was hör isch grad",
    "überspring des Lied",
    "stopp die Musik",
    "weck mich morge um siebe für die Vorlesung",
    "spiel Queen im Wohnzimmer",
    "wer singt des",
    "mach weiter mit de Musik",
]
