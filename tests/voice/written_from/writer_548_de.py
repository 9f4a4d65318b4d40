"""Writer 548, ein wortkarger Saarländer Stahlarbeiter Anfang fünfzig, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer hann isch letscht Woch am meischde gehert",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="ei, wer war dies Johr mei Nummer eins",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer lief bei uns im Oktober am meischde",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="welsches Lied hann isch de Monat am meischde gehert",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="mei drei meischde Lieder, aller Zeide",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Lied vom Johr zwanzisch fünfunzwanzisch, welsches war das",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="welsches Album lief am meischde",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welchen Podcast heer isch am meischde",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="sa ma, welscher Podcast hat misch in letschder Zeit gepackt",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lang hann isch heit Musik gehert",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lang liefe Podcasts im September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie lang hann mir letscht Monat Musik angehatt",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="wieviel Lieder sin heit gelaaf",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft hann isch in de letschde siwwe Dache ebbes angemacht",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wieviel Podcastfolge hann isch seit Oktober gehert",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wieviel verschiedene Künschtler dies Johr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele Bands hann isch in de letschde drei Monat gehert",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="wieviel verschiedene Lieder im Auguscht",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="wie viel unnerschiedliche Lieder warn das letscht Summer",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="wie oft lief dann die Daily seit März",
        family="play_count",
        period="since_march",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hann isch die Nicole gehert",
        family="play_count",
        period="all_time",
        name="Nicole",
    ),
    Fresh(
        text="lief am Samsdach Air",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="hann mir letschde Freidach die Daily gehert",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="ei, war in letschder Zeit ma Eres von Café Tacvba dabei",
        family="did_i",
        period="lately",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was hann isch geschdern Owend gehert",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="vorgeschdern in de Kich, was lief do",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="letscht Wochenend, was hann mir do gehert",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was lief geschdern owend um Vertel no acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heit Morje um halb nein, was war do an",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief um fünf nach fünf heit Nommidach",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="was heer isch eischentlisch fier Zeich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie is mei Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann heer isch meischdens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wieviel Uhr un an welschem Daach lauft mei Radio am meischde",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neie Künschtler de Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="hann isch seit Montach jemand Neies entdeckt",
        family="new_artists",
        period="since_monday",
    ),
    Fresh(
        text="wie oft drück isch weiter",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wieviel hann isch letscht Monat iwwersprung",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="heer isch immer es Gleiche",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft heer isch dies Johr die selwe Lieder widder",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="wieviel Dache am Stick hann isch jetzt gehert",
        family="streak",
    ),
    Fresh(
        text="mei Serie, wie lang is die",
        family="streak",
    ),
    Fresh(
        text="wann hann isch Justice es erschde Mol gehert",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann heer isch Café Tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief zuletscht Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Air, wann hann isch die es letschde Mol gehert",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="was war es letschde Lied",
        family="last_song",
    ),
    Fresh(
        text="welsches Lied hann isch zuletscht angemacht",
        family="last_song",
    ),
    Fresh(
        text="was war heit es erschde Lied",
        family="first_today",
    ),
    Fresh(
        text="womit hann isch de Daach heit angefang",
        family="first_today",
    ),
    Fresh(
        text="es erschde Lied geschdern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was lief am dritte November als erschdes",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="was war es letschde Lied letscht Nacht, nach de Spätschicht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hann isch die letscht Woch uffgeheert",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="welsches Lied drück isch am meischde weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Lied wo isch am häufigschde iwwerspring",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wen iwwerspring isch am meischde",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welsche Band fliegt bei mir am ehschde raus",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was lauft bei mir zurzeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welsches Lied mach isch in letschder Zeit ständisch an",
        family="on_repeat",
    ),
    Fresh(
        text="ei verzähl ma, wie war mei Woch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick uffs Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="die letschde dreißisch Dache, wie war das so",
        family="recap",
        period="last_30_days",
    ),
    Fresh(
        text="heer isch morjens mehr oder owends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nommidaachs oder owends, wann lauft mehr Musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="unner de Woch oder am Wochenend, wann lauft mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="lauft mei Radio samsdaachs un sonndaachs mehr wie an de Schaffdaache",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk in de Kich",
    "mach mei Radio lauder",
    "leiser",
    "nächschdes Lied",
    "was is das fier e Lied",
    "wer singt das",
    "Pause",
    "mach de Podcast aus",
    "stell e Wecker uff halb fünf",
    "Timer zehn Minudde",
    "wie werd's Wedder morje",
    "schreib Lyoner uff die Einkaufslischd",
    "mach es Licht in de Kich aus",
    "Heizung uff zwanzisch",
    "was lauft grad",
    "was heer isch do grad",
    "Zufallswiedergabe an",
    "das Lied nommol",
    "Wiederholung aus",
    "spiel es Album Discovery",
    "Kich un Wohnzimmer zusamme schalte",
    "mach SR drei an",
    "wie hat de FCS gespielt",
    "ei jo, lauder in de Kich",
    "spiel die Daily",
]
