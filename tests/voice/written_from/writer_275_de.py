"""Writer 275, Bernese Swiss student typing Swiss spellings, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wär hani letschti Wuche am meischte gloset",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer isch mi Künschtler vom Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="vo wäm bini i letschter Zyt grad voll obsessed",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="ir Chuchi, wär lauft dert am meischte",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was isch mis Lieblingslied dä Monet",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="mini drü meischtgspilte Lieder, überhoupt",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="weles Lied hei mir letschts Wuchenänd am meischte gspilt",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    # top_albums
    Fresh(
        text="weles Album hani letscht Summer am meischte gloset",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Lieblingsalbum sit März?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="was isch mis Album vo zwöitusigfüfezwänzg gsi",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="weli Podcast lose ig am meischte",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="weli Podcast hets mir grad aatah",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang hani hüt Musig gloset",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wieviu Stund hei mir letscht Monet gloset",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie lang hani i de letschte sibe Täg Podcasts ghört",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wieviu Lieder hani geschter gspilt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wieviu Folge hani dä Monet ghört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wieviu hani i de letschte drissg Täg gstreamt",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="wieviu verschiedeni Künschtler hani das Jahr ghört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie mängi Bands sit Mäntig",
        family="artists_count",
        period="since_monday",
    ),
    # songs_count
    Fresh(
        text="wieviu verschiedeni Lieder sit Oktober",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="wieviu mau hani Da Funk ghört die Wuche",
        family="play_count",
        period="this_week",
        name="Da Funk",
    ),
    Fresh(
        text="wie oft isch Queen im Septämber gloffe",
        family="play_count",
        period="september",
        name="Queen",
    ),
    Fresh(
        text="D.A.N.C.E. vo Justice, wieviu mau sit Mäntig",
        family="play_count",
        period="since_monday",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="hani geschter Justice ghört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="han i letschti Wuche ou Radiohead gloset",
        family="did_i",
        period="last_week",
        name="Radiohead",
    ),
    Fresh(
        text="The Daily hüt am Morge gloset oder nid?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hani im Ouguscht überhoupt Air gloset",
        family="did_i",
        period="august",
        name="Air",
    ),
    # what_played
    Fresh(
        text="was hani geschter am Abe gloset",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was isch am Samschtig so gloffe",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was hani am dritte Novämber ghört",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="was isch geschter am Abe am zäh ab achti gloffe",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was isch hüt am Morge um halbi nüni gloffe",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="was für Musig gfallt mir eigentlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wenn lose ig normalerwiis am meischte, weli Zyt und weli Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hani dä Monet neui Künschtler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wär isch i de letschte drei Mönet nöi dezuecho",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skippe ig eigentlich",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="wieviu lose ig immer wieder di glyche Lieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie mängi Täg hintereinand hani jetz gloset",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wenn hani Café Tacvba s erschte mau ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wenn hani zum erschte mau Wet Leg gloset",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="wenn hani s letschte mau Sexy Boy gloset",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wenn isch Discovery s letschte mau gloffe",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="was isch s letschte Lied gsi woni gspilt ha",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welem Lied bini hüt ufgwacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was isch vorgeschter s erschte Lied gsi",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="mit welem Lied hani letscht Fritig ufghört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="weles Lied skippe ig am meischte",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="weli Band skippe ig am hüfigschte",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="weles Lied lauft bi mir grad in Dauerschlaufe",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="mach mir e Rückblick uf mis Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie isch mi Wuche gsi musikmässig",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="lose ig meh am Morge oder am Abe",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="lose ig am Wuchenänd meh aus under dr Wuche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiu Daft Punk ir Chuchi",
    "mach d Musig lüter",
    "was lauft grad ir Chuchi",
    "weles Lied isch das",
    "skip das Lied",
    "pausier dr Podcast",
    "nächschte Song im Wohnzimmer",
    "lösch ds Liecht ir Chuchi",
    "spiu ds Album Discovery",
    "chli lislig bitte",
    "shuffle ii",
    "wiederhol das Lied",
    "verbind d Lutsprächer ir Chuchi und im Wohnzimmer",
    "stell e Timer uf zäh Minute",
    "wie wird ds Wätter morn",
    "tue Milch uf d Ichoufsliste",
    "stell d Heizig uf 21 Grad",
    "was lose ig grad",
    "spiu di nöischti Folge vo The Daily",
    "Lutstärchi uf füfzg",
    "stopp d Musig",
    "spiu öppis vo Queen",
    "wär singt das grad",
]
