"""Writer 228, retired tram driver from Cologne (Kölsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="sach ens, wen hab isch diese Woch am meeste jehört",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="wer wor dann ming Künstler vom Johr, dat letzte Johr mein isch",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="wer sin meine drei Top-Bands seit März",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="wat hat de Ada letzte Woch am meeste jehört, welche Band",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="wat wor dat Lied, dat isch im Oktober am meeste jespielt hab",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="nenn mir ens meine fünf meistjespielten Leeder",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches Album hab isch dies Johr am meeste jehört",
        family="top_albums",
        period="this_year",
    ),
    # top_podcasts
    Fresh(
        text="wat is eijentlich ming Lieblingspodcast in letzter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang lief hück ald Musik in der Küch",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Stunden hab isch letzte Woch jehört, alles zusammen",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lang hatten wir jestern in der Küch Musik laufe",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="in de letzte dressisch Daach, wie viel Podcasts hab isch jehört, in Stunden",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele Leeder hab isch jestern jespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie oft lief bei uns am Wochenend wat, insjesamt",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab isch im August jehört",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Leeder wore dat letzte Monat",
        family="songs_count",
        period="last_month",
    ),
    # play_count
    Fresh(
        text="wie oft hab isch dat Bohemian Rhapsody jehört, insjesamt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft lief dat seit Oktober",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief The Daily letzte Monat",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab isch jestern Owend jet von Justice jehört",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="hab isch dies Johr ens Radiohead jehört, isch jlaub nit",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="lief hück Morje The Daily",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="wat hab isch vürjestern jehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wat lief dann letzte Nacht bei mir",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wat hab isch seit Montag so alles jehört",
        family="what_played",
        period="since_monday",
    ),
    # playing_at
    Fresh(
        text="wat wor dat för e Lied jestern Owend um zehn nach acht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="hück Morje um halb neun, wat lief do",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="wat för Musik mag isch eijentlich, wat is ming Jeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr hör isch meistens Musik, un an welchem Daach",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab isch in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft drück isch eijentlich weiter, also wie oft überspring isch",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="hör isch immer dat selbe, wie oft wiederhol isch mich",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Daach hinterenander hab isch jetz ald jehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab isch Café Tacvba zum ehschte Mol jehört",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief dat letzte Mol Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="wat wor dat letzte Lied, dat isch jespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wat wor hück dat ehschte Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat wor dat ehschte Lied am Samstag",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="womit hab isch letzte Freitag opjehört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied überspring isch am meeste",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Band drück isch am öftesten wech",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat is zurzeit ming Dauerbrenner, dat Lied wat isch rauf un runter spill",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="verzäll mir ens, wie wor dä Sommer",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="jiff mir ens ne Rückblick op dat Johr",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="hör isch mieh morjens oder ovends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör isch am Wochenend mieh als unger der Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spill ens Daft Punk in der Küch",
    "mach de Musik ens lauter",
    "wat läuft jetz in der Küch",
    "wat is dat för e Lied",
    "dat Lied überspringe",
    "Podcast aanhalde, bitte",
    "nächstes Lied im Wohnzimmer",
    "mach dat Licht in der Küch us",
    "spill dat Album Discovery",
    "Lautstärke op fünf",
    "Zufallswiedergabe an",
    "dat Lied in Dauerschleife",
    "Küch un Wohnzimmer zusammen schalte",
    "stell ene Timer op zehn Minuten för de Nudele",
    "wie wird dat Wetter morje in Kölle",
    "schriev Kölsch op de Einkaufsliste",
    "mach de Heizung ene Tick wärmer",
    "wat hör isch jetz jrad",
    "spill ens wat von de Bläck Fööss",
    "leiser, bitte, et is ald spät",
    "Musik us",
    "spill The Daily",
    "wer singt dat jetz",
    "weck misch morje um sechs",
]
