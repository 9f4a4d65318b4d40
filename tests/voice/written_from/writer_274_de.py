"""Writer 274, Frankfurt Hessian bar owner, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="gude sag emal wer war letzte Woch mein meistgehörter Künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wen hab isch des Jahr am meiste gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welsche Band hab isch in letzter Zeit rauf und runner laufe lasse",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="die fünf Künstler wo isch seit Oktober am meiste gehört hab welsche sin des",
        family="top_artists",
        period="since_october",
        count=5,
    ),
    # top_tracks
    Fresh(
        text="was war denn mei Lieblingslied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="nenn mer mal mei drei meistgespielte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in de Küch welsches Lied lief da am meiste",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welsches Album hab isch letztes Jahr am meiste laufe gehabt",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="mei Lieblingsalbum in zwanzischfünfundzwanzisch welsches war des",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="welscher Podcast is bei mir denn so der Renner",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="wie lang lief heut bei mir Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunde hab isch diesen Monat ebbes gehört",
        family="listening_time",
        period="this_month",
    ),
    Fresh(
        text="wie lang hat die Ada vorgestern Musik gehört",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="wie viele Stunde warn des die letzte dreißig Tag insgesamt",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab isch heut früh gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft lief insgesamt ebbes die letzte sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Podcastfolge hab isch im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder hatte mer letzte Woch gell",
        family="plays",
        period="last_week",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab isch im Sommer gehört",
        family="artists_count",
        period="summer",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder warn des seit März",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="wie oft hab isch Bohemian Rhapsody des Jahr gespielt",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief The Daily letzte Monat",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab isch gestern ebbes von Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="war diese Woch widder Justice dabei",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="hab isch jemals Radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="lief seit Montag ebbes von Daft Punk",
        family="did_i",
        period="since_monday",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="was hab isch gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was lief denn heut Nachmittag so",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="gestern Abend Viertel vor acht was war da grad dran",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was hab isch heut um halb neun gehört",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="was für en Musikgeschmack hab isch eigentlisch",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör isch denn meistens Musik um welsche Uhrzeit und an welschem Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab isch in letzter Zeit ebbes Neues entdeckt an Künstler",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welsche Künstler hab isch im August zum erschte Mal gehört",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="wie oft überspring isch eigentlisch Lieder",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="hör isch oft dieselbe Lieder widder und widder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab isch jetzt schon Musik gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab isch Justice zum erschte Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann hab isch des erste Mal Cafe Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief Air zuletzt",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="wann hab isch The Weeknd des letzte Mal gehört",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(
        text="was war des letzte Lied wo isch gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welschem Lied hab isch heut de Tag angefange",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war gestern des erschte Lied",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="womit hab isch letzte Freitag uffgehört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welsches Lied drück isch am häufigste weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welschen Künstler überspring isch am meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was für e Lied hab isch grad in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gude gib mer mal en Rückblick uff mei Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war mei Woch so mit de Musik",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör isch mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="läuft bei mir am Wochenend mehr Musik als unner de Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "gude spiel mal Daft Punk in de Küch",
    "mach die Musik e bissi lauter",
    "leiser bitte isch versteh mei eigenes Wort net",
    "was is des für e Lied grad",
    "überspring des Lied",
    "nächstes Lied",
    "halt den Podcast an",
    "spiel des Album Discovery",
    "mach Zufallswiedergabe an",
    "wiederhol des Lied gell",
    "Lautstärke auf sechs",
    "mach des Licht in de Küch aus",
    "stell en Timer auf zehn Minute",
    "wie wird des Wetter morsche",
    "schreib Äbbelwoi uff die Einkaufslist",
    "stell die Heizung auf einunzwanzisch Grad",
    "was hör isch grad",
    "was läuft grad in de Küch",
    "verbind de Lautsprecher in de Küch mit dem im Wohnzimmer",
    "spiel die neuste Folge von The Daily",
    "mach widder weiter mit de Musik",
    "stopp die Musik",
    "spiel ebbes von Queen",
]
