"""Writer 213, Nachtschichtler (oberpfälzisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wen ho i letzte Wochn am meistn gheert",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="sag amoll, wer woar heier mei Künstler Nummer oans",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wos san denn meine drei Bands, döi i seit Oktober am öftestn laffa ho lassn",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="de letztn zwoa Wochn, wer is do am meistn glaffa",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="wos is mei Liadl vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="wos woar letzte Nacht des Liadl, des am öftestn kumma is",
        family="top_tracks",
        period="last_night",
    ),
    Fresh(
        text="mei Lieblingsliadl überhaupt, wos is des",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="nenn ma amoll meine fünf meistgspieltn Liadl vom letztn Joahr",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches Album ho i im Oktober am meistn gheert",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="wos is denn mei Lieblingsalbum, so insgesamt",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchn Podcast ho i in letzter Zeit am meistn laffa ghabt",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mei meistgheerter Podcast im Sommer, wos woar des",
        family="top_podcasts",
        period="summer",
    ),
    # listening_time
    Fresh(
        text="wöi lang ho i letzte Nacht Musik gheert",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="wöivül Stund hom mir letzte Wochn in da Kuchl Musik laffa ghabt",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wöi lang ho i heit scho gheert",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="wöivül Zeit ho i in de letztn dreißg Tog mit Podcasts verbracht",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wöivül Liadl ho i gestern auf d'Nacht gspielt",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="wöi oft is seit Montag wos glaffa",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wöivül Folgn ho i im September gheert",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="am Samstag, wöivül Liadl hom mir do gspielt",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="wöivül verschiedene Künstler ho i heier gheert",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wöivül verschiedene Bands woarn des in de letztn sieben Tog",
        family="artists_count",
        period="last_7_days",
    ),
    # songs_count
    Fresh(
        text="wöivül verschiedene Liadl ho i im August gheert",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="unterschiedliche Liadl insgesamt, wöivül san des",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wöi oft ho i Bohemian Rhapsody letzte Nacht gspielt",
        family="play_count",
        period="last_night",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wöivül Queen ho i heier scho gheert",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wöi oft is des Da Funk vo Daft Punk in letzter Zeit glaffa",
        family="play_count",
        period="lately",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="wöi oft ho i de Spider Murphy Gang gheert",
        family="play_count",
        period="all_time",
        name="Spider Murphy Gang",
    ),
    # did_i
    Fresh(
        text="ho i gestern auf d'Nacht wos vo Justice gheert",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="ho i heit in da Fräih nach da Schicht The Daily gheert",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Air, ho i des vorgestern gheert?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hom mir letztn Sommer Café Tacvba gheert",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="ho i in letzter Zeit Haindling gheert",
        family="did_i",
        period="lately",
        name="Haindling",
    ),
    # what_played
    Fresh(
        text="wos ho i letzte Nacht so gheert",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wos is am letztn Freitag glaffa",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="wos hom mir am Wochenend gheert",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="heit Nammittog, wos woar do alles dran",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wos hod d'Ada letzte Wochn gheert",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="wos is gestern auf d'Nacht um viertel noch achte glaffa",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="wos woar letzte Nacht um zwoa in da Fräih dran",
        family="playing_at",
        moment="2026-11-20 02:00",
    ),
    Fresh(
        text="heit in da Fräih um achte, wos is do glaffa",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wos is am Mittwoch um zwölfe mittogs glaffa",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="gestern auf d'Nacht, dreiviertel achte, wos woar des fir a Liadl",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    # taste
    Fresh(
        text="wos fir a Musik mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib amoll mein Musikgschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wöivül Uhr hör i normalerweis Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchm Tog und zu welcher Stund hör i am meistn",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="ho i in letzter Zeit wen Neis entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler san seit Oktober neu dazukumma",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="neie Bands in de letztn drei Monat?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wöi oft überspring i eigentlich wos",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wöivül ho i letzte Wochn weitergschaltet",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="hör i oft de gleichn Liadl immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wöi hoch is mei Wiederholungsrate heier",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wöivül Tog hintereinander ho i etz scho gheert",
        family="streak",
    ),
    Fresh(
        text="mei Serie, wöi vül Tog am Stück san des etz",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ho i zum erstn Mol Daft Punk gheert",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Genesis vo Justice, wann is des des erste Mol glaffa",
        family="first_play",
        name="Genesis by Justice",
    ),
    # last_play
    Fresh(
        text="wann ho i des letzte Mol Don't Stop Me Now gheert",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann woar The Daily zum letztn Mol dran",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Moon Safari, wann ho i des zletzt aufglegt",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="wos woar des letzte Liadl, des i gspielt ho",
        family="last_song",
    ),
    Fresh(
        text="letzts Liadl, wos woar des gleich wieder",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wos woar heit des erste Liadl",
        family="first_today",
    ),
    Fresh(
        text="mit wos bin i heit aufgwacht, vom Liadl her",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wos woar des erste Liadl letzte Nacht",
        family="first_in",
        period="last_night",
    ),
    Fresh(
        text="mit wos ho i am drittn November ogfangt",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="wos woar gestern des letzte Liadl",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="wos is heit in da Fräih als letzts glaffa, bevor i ins Bett bin",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="welches Liadl überspring i am öftestn",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="in da Kuchl, welches Liadl wird am meistn weggedrückt",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="wen überspring i am meistn, so vo de Künstler her",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Band druck i immer weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wos fir a Liadl ho i grod in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches Liadl konn i grod ned aufhörn zum hörn",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl amoll, wöi woar mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma an Rückblick auf mei Joahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass ma mei Wochn amoll zamm",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="a Zsammfassung vom letztn Monat, bittschön",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wöi woar's zwanzg fünfazwanzg bei uns, so als Rückblick",
        family="recap",
        period="in_2025",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in da Fräih oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin i mehr a Obnd- oder a Morgnhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochenend mehr als unter da Wochn",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="unter da Wochn oder am Wochenend, wann laft bei mir mehr Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    # extra
    Fresh(
        text="wos ho i seit März am meistn gheert, so Liadl-mäßig",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="gestern, wos is do alles glaffa",
        family="what_played",
        period="yesterday",
    ),
]

NEGATIVES = [
    "spiel amoll Daft Punk in da Kuchl",
    "mach d'Musik a weng leiser",
    "wos laft etz grod",
    "nächsts Liadl",
    "überspring des Liadl",
    "pausier den Podcast, i mou schnell wos trinka",
    "mach 's Liacht in da Kuchl aus",
    "stell an Wecker auf fünfe am Nammittog",
    "wöi wird's Wetter heit auf d'Nacht, i mou no in d'Arwat foahrn",
    "schreib Milch auf d'Einkaufslistn",
    "lauter, bittschön",
    "Zufallswiedergabe o",
    "Wiederholung aus",
    "spiel des Album Discovery",
    "wos is des fir a Liadl",
    "stell d'Heizung auf zwanzg Grad",
    "verbind de Lautsprecher in da Kuchl und im Wohnzimmer",
    "Timer auf zehn Minutn",
    "spiel de neie Folg vo The Daily",
    "wos hör i etz grod",
    "mach weiter mit dem Podcast",
    "Lautstärke auf viere",
    "hör auf mit da Musik",
    "spiel wos vo Queen im Wohnzimmer",
    "mach d'Musik in da Kuchl aus",
    "wöi spät is's etz",
    "guad Nacht, mach alles aus",
    "spiel a weng a ruhige Musik, i kumm grod vo da Schicht",
]
