"""Writer 334, ein badischer Schreiner aus Freiburg, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer isch denn die Woch mei meischtghörter Künschtler, gell",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Sag mol, wen hab isch letschte Monat am meischte ghört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Wer war im Johr zwanzigfünfezwanzig mei Nummer eins",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Was isch mei Lieblingsliedle des Johr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Nenn mir mol mei drei meischtgspielte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Was war im Auguscht mei Lied vom Monat",
        family="top_tracks",
        period="august",
    ),
    # top_albums
    Fresh(
        text="Welles Album hab isch im Sommer am meischte laufe lasse",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welle Podcast hör isch eigentlich am meischte, sag mol",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="In de letschte drei Monat, welle Podcast isch do am meischte gloffe",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="Wie lang isch bei mir heut scho Musik gloffe",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stunde hebbe mir letscht Woch ghört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wie lang hab isch seit Mändig Podcasts ghört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder hab isch heut morge scho gspielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft hebbe mir im Oktober ebbes ghört, also insgsamt",
        family="plays",
        period="october",
        person="we",
    ),
    Fresh(
        text="Wie viel Podcastfolge warn's de Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viel verschiedene Künschtler warn's denn des Johr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Seit Merz, wie viel verschiedene Bands hab isch ghört",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="Wie viel verschiedene Liedle hab isch die letschte drissig Täg ghört",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wieviel verschiedene Stückle warn's letscht Johr",
        family="songs_count",
        period="last_year",
    ),
    # play_count
    Fresh(
        text="Wie oft hab isch Bohemian Rhapsody gspielt, gell",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft isch Daft Punk die Woch gloffe",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead, wie oft hab isch die ghört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Wie oft isch s'Album Discovery seit Oktober gloffe",
        family="play_count",
        period="since_october",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="Hab isch geschtern Justice ghört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Bissle Queen ghört in letschter Zeit?",
        family="did_i",
        period="lately",
        name="Queen",
    ),
    Fresh(
        text="Hebbe mir letscht Monat ebbes vo Café Tacvba ghabt",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="Isch am Wocheend des Dance vo Justice gloffe oder nit",
        family="did_i",
        period="last_weekend",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="Was hab isch geschtern Obend ghört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mol, was isch am Samschtig gloffe",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Was hab isch vorgeschtern so ghört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was isch heut Nommidag in de Kuchi gloffe",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="Was isch geschtern Obend so um zehn vor acht gloffe",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="Heut morge um halb nüne, was isch do gloffe",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was hab isch heut Nommidag um Viertel nach fünfe ghört",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Am Mittwoch mittags um zwölfe, was isch do gloffe",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Was für e Musik hör isch eigentlich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wieviel Uhr hör isch meischtens Musik, un an welem Dag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab isch de Monat ebbes Neus entdeckt, neie Künschtler mein isch",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft überspring isch eigentlich Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="Hör isch immer s'Gleiche, wie oft wiederhol isch mei Lieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viel Täg am Stück hab isch jetz scho Musik ghört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab isch zum erschte Mol Air ghört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Wann isch Wet Leg s'erschte Mol uftaucht bei mir",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="Wann isch The Daily s'letschte Mol gloffe",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab isch des letschte Mol Sexy Boy ghört",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="Was war s'letschte Lied, wo isch ghört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welem Lied hab isch heut agfange",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war s'erschte Lied letschte Friddig",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was hab isch letschti Nacht als letschts ghört",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welles Lied überspring isch am meischte",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welem Künschtler drück isch am meischte uff weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was isch grad mei Ohrwurm, des Lied wo isch dauernd laufe lass",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gib mir mol e Rückblick uff's Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war mei Woch so musikalisch, gell",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mach mir mol e Zammefassung vom letschte Summer",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Hör isch meh morgens oder meh obends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Lauft bei mir am Wocheend meh Musik wie unter de Woch",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Mach mol Daft Punk in de Kuchi a",
    "Dreh d'Musik e bissle lüter",
    "Was isch des für e Lied grad",
    "Überspring des Lied, des isch nix",
    "Halt de Podcast mol a",
    "Nächschts Lied im Wohnzimmer",
    "Mach s'Licht in de Kuchi us",
    "Spiel s'Album Discovery",
    "Mach mol Zufallswiedergabe a",
    "Wiederhol des Lied",
    "Verbind de Lautsprecher in de Kuchi mit dem in de Werkstatt",
    "Stell mir e Timer uff zwanzig Minute, de Leim muss trockne",
    "Wie wird's Wetter morge in Friburg",
    "Schreib Schruube uff d'Iikaufslischt",
    "Dreh d'Heizung uff einezwanzig Grad",
    "Was hör isch jetz grad",
    "Leiser bitte, gell",
    "Spiel The Daily",
    "Was lauft grad in de Kuchi",
    "Mach d'Musik us, isch geh jetz",
    "Spiel ebbes Gmüetlichs",
    "Lautstärke uff fuffzig",
    "Weck mi morge um sechse",
    "Spiel Queen in de Werkstatt",
]
