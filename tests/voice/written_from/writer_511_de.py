"""Writer 511, ein Pfälzer aus Kaiserslautern, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ei sag emol, wer war mei Künschtler Nummer ääns letscht Woch",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wen hann isch in letschter Zeit am meischde gehert",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="die drei Künschtler, die wo bei uns in de Kich letschte Monat am meischde gelaaf sin",
        family="top_artists",
        period="last_month",
        count=3,
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wer war dann mei Künschtler vum Johr zwanzisch fünfunzwanzisch, ajo",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was war mei Liedsche vum Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nenn mer mol mei fünf meischtgespielte Lieder vun dem Johr",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welles Album hann isch im Summer am meischde laafe gehatt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mei Lieblingsplatt, welle is des eigentlich",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="wie heeßt de Podcast, wo isch die Woch am meischde gehert hann",
        family="top_podcasts",
        period="this_week",
    ),
    # listening_time
    Fresh(
        text="wie lang hot heit die Musik gelaaf",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wieviel Stunne hann isch geschder gehert, so insgesamt",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="wie lang hemmer vorgeschder Podcasts gehert",
        family="listening_time",
        period="day_before_yesterday",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="im Septemwer, wie lang hann isch do Musik gehert, gell",
        family="listening_time",
        period="september",
        content="music",
    ),
    # plays
    Fresh(
        text="wieviel Liedscher hann isch heit morje gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft is insgesamt ebbes gelaaf in de letschte siwwe Dage",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wieviel verschiedene Künschtler hann isch dies Johr gehert",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wieviel Bands warn des im Oktower, verschiedene mään isch",
        family="artists_count",
        period="october",
    ),
    # songs_count
    Fresh(
        text="wieviel verschiedene Lieder hann isch seit Mondag gehert",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="unn wieviel unnerschiedliche Liedscher warn des letscht Summer",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="wie oft hann isch Bohemian Rhapsody gehert, des vun Queen",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hot Daft Punk bei mer gelaaf in de letschte dreißisch Dag",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead, wie oft hann isch die iwwerhaupt gehert",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hann isch geschder ebbes vun Justice gehert",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hemmer letscht Johr Air gehert, gell?",
        family="did_i",
        period="last_year",
        name="Air",
        person="we",
    ),
    Fresh(
        text="die Daily, hann isch die heit schun gehert?",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="was hann isch geschder owend gehert",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl mol, was is am Samschdag so gelaaf",
        family="what_played",
        period="saturday",
    ),
    # playing_at
    Fresh(
        text="was is geschder gege Viertel vor acht gelaaf",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was hot heit morje um halwer nein gelaaf",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="in de Kich, was war do geschder owend um Viertel noch acht",
        family="playing_at",
        moment="2026-11-19 20:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für Musik heer isch eigentlich gern, sach emol",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wieviel Uhr heer isch normalerweis am meischde, unn an welle Dag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hann isch in de letschte drei Monat neie Künschtler entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wer is seit Oktower neu dezu kumm, so Leit wo isch vorher net kennt hab",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="wie oft skipp isch eigentlich, so in Prozent",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="heer isch immer die selwe Liedscher, wie oft wiederhol isch die",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wieviel Dag hinnerenanner hann isch jetzt schun Musik gehert",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hann isch des erschde Mol Cafe Tacuba gehert",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann hann isch's letschte Mol dont stop me now gehert",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wet Leg, wann war die des letschde Mol dran",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="was war's letschte Liedsche, wo isch gespielt hann",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit was bin isch heit uffgewacht, musikalisch mään isch",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war's erschte Lied am letschte Freidag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hann isch vorgeschder aagfang",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="geschder, was war do es letschte Lied",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was hann isch am dritte Novemwer uffgeheert",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welles Liedsche skipp isch am meischde",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="wer is de Künschtler, wo isch immer weiterdrück",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welles Liedsche heer isch die Dag in Dauerschleif",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="ei erzähl emol, wie war mei Oktower",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gebb mer mol en Rückblick uff's Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war mei Woch, musikalisch gesehe",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="seit März, fass mer des mol zamme, wie's so gelaaf is",
        family="recap",
        period="since_march",
    ),
    # compare_day_parts
    Fresh(
        text="heer isch mehr morjens oder owends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="heer isch am Wocheend mehr als unner de Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel mol Daft Punk in de Kich",
    "mach die Musik lauter",
    "was laaft do grad",
    "was is des fer e Liedsche",
    "skipp des Lied, des kann isch net heere",
    "mach de Podcast mol uff Paus",
    "nächschtes Lied im Wohnzimmer",
    "mach es Licht in de Kich aus",
    "spiel es Album Discovery",
    "leiser, die Kinner schlofe",
    "mach Zufallswiedergab aa",
    "des Lied in Dauerschleif bitte",
    "Kich unn Wohnzimmer zusammeschalte",
    "stell en Wecker uff sechs",
    "Eieruhr uff zehn Minudde",
    "wie werd's Wetter morje in Lautre",
    "setz Grumbeere uff die Einkaufslischt",
    "dreh die Heizung e bissel hoch",
    "was heer isch grad",
    "spiel The Daily",
    "weiter mit em Podcast",
    "Lautstärke uff fünf",
    "stopp die Musik",
    "spiel ebbes vun Queen in de Kich",
    "wer singt des do",
    "wie spät is es",
]
