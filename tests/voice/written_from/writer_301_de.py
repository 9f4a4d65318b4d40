"""Writer 301, an Upper Palatinate (Oberpfälzisch) carpenter, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer is'n mei meistghörter Künstler heier?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Sag amal, wen hob i letzt Woch am meistn ghört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="vo wem bin i grod so narrisch in letzter zeit welche band is des",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wos warn bei uns im Oktober döi drei Künstler, döi wo am meistn glaffa san?",
        family="top_artists",
        period="october",
        count=3,
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Wos is'n mei Liad vom Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="De fünf Lieder, döi i heier am öftestn ghört hob, sag's ma amal",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="Mei Lieblingsstückl überhaupt, welches is'n des?",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="Welche Scheibn hob i am öftestn aufglegt, überhaupts?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Mei Lieblingsalbum im Summa, wos war'n des nomal",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast lafft bei mir am meistn seit Mäaz?",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="mei podcast nummer oans letzts joahr",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wöi lang hob i heit scho Musik ghört?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lang is bei uns gestern in da Kuchl d'Musik glaffa?",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Stundn Podcast de Woch, wöi vül warn des?",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie lang hob i in de letztn siebn Tog ghört, alles zamm",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="Wöi vül Lieder hob i heit in da Fräih ghört, vor da Brotzeit?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft is'n im September überhaupts wos glaffa?",
        family="plays",
        period="september",
    ),
    Fresh(
        text="wieviel folgen vom podcast hob i im letztn monat ghört",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wöi vül verschiedene Künstler hob i heier ghört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wieviel verschiedene Bands warn's in de letztn drei Monat, ungefähr",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wie vül verschiedene Lieder warn's letzt Woch?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Verschiedene Stückl, wöi vül hob i seit Oktober ghört, ned doppelt zählt",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wöi oft hob i heier Bohemian Rhapsody ghört?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen, wie oft is'n des im Summa glaffa?",
        family="play_count",
        period="summer",
        name="Queen",
    ),
    Fresh(
        text="Den Daily, wöi oft hob i den im November ghört",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hab ich gestern dschastis gehört",
        family="play_count",
        period="yesterday",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="Hob i gestern Daft Punk ghört?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Is am Samstog Air glaffa, woaßt du des?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Hob i jemals wos vo Radiohead ghört? Mei Lehrbou moant ja",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Ham mir letzte Woch Café Tacvba ghört?",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="vorgestern den daily hob i den ghört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="Wos hob i gestern af d'Nacht ghört, nach'm Feierabend?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos is am drittn November glaffa?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Erzähl amal, wos hob i heit Nachmittag ghört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wos hamma letzts Wochenend so ghört?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Wos hat d'Ada gestern ghört?",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Wos is gestern um Viertl vor achte glaffa?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heit in da Fräih um achte, wos hat'n do gspielt?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wos is heit um viertl nach fünfe glaffa in da kuchl",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    Fresh(
        text="Am Mittwoch um zwölfe, mittags, wos war'n do drin?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Wos für a Musik mog i eigentlich?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib amal mein Gschmack, so musikalisch gsehn",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wöi vül Uhr hör i normalerweis am meistn?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Wochntog und zu welcher Zeit lafft bei mir gwöhnlich wos",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i in letzter Zeit wen Neis entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler san heier neu dazukumma?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wöi oft überspring i eigentlich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie vül hob i im Oktober weggedruckt, so a Skiprate mein i",
        family="skips",
        period="october",
    ),
    # repeat
    Fresh(
        text="Hör i oiwei de gleichn Lieder? Wie hoch is'n de Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft hob i heier des gleiche zeig doppelt und dreifach ghört",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wöi vül Tog hintanand hob i etz scho Musik ghört?",
        family="streak",
    ),
    Fresh(
        text="Mei Serie, wie lang geht de scho, Tog am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Mal Justice ghört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Moon Safari, seit wann is'n des bei mir drin, des erste Mal mein i",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="Wann hob i des letzte Mal Da Funk ghört?",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann war wet leg zletzt dran",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Liad, wo glaffa is?",
        family="last_song",
    ),
    Fresh(
        text="Des Letzte, wos i ghört hob, welches Stückl war des, grod eben",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wos war heit des erste Liad?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Des erste Liad gestern, wos war des?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wos hob i am letztn Freitog ogfangt?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wos war des letzte Stückl vorgestern?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Womit hob i letzte Nacht aufghört, bevor i ins Bett bin",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad druck i am öftestn weg?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring i am meistn, sag",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wos hob i grod in Dauerschleife laffa?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Liad is des, des wo i grod oiwei wieder hör, krieg's niat aus'm Kopf",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl amal, wöi war mei Joahr musikalisch?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass ma amal zamm, wos i so ghört hob",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war bei uns da letzte Monat mit da Musik, so a Rückblick",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehra in da Fräih oder af d'Nacht?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittags oder abends wann lafft bei mir mehra",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Unter da Woch oder am Wochenend, wann lafft bei mir mehra?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in da Kuchl",
    "Mach d'Musik lauter, i hör nix bei da Kreissäg",
    "Wos is'n des für a Liad?",
    "Überspring des, des mog i niat",
    "Stopp amal den Podcast",
    "Nächsts Liad in da Werkstatt",
    "Mach's Licht in da Kuchl aus",
    "Spiel des Album Discovery",
    "leiser bittschön",
    "Zufallswiedergabe o",
    "Wiederholung aus",
    "Tu den Lautsprecher in da Kuchl mit dem in da Werkstatt zamm",
    "Stell an Timer auf zehn Minutn fürn Leim",
    "Wöi werd's Wetter morgn, ko i draußn lasiern?",
    "Schreib Holzleim auf d'Einkaufsliste",
    "Heizung auf zweiazwanzg Grad",
    "Wos hör i etz grad?",
    "Wos lafft grad in da Kuchl?",
    "Spiel Bayern drei",
    "Mach weiter mit da Musik",
    "spul a weng zruck",
    "Wer singt'n des grad?",
    "Weck mi morgn um sechse",
    "Spiel den Podcast The Daily",
    "Mach d'Musik aus, da Kunde is do",
]
