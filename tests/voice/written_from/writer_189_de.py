"""Writer 189, a grandparent unsure of the technology (Bavarian Oma), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Grüß Gott. Sag amoi, wen hob i denn letzte Woch am meisten ghört? Mei Enkerl frogt mi des allweil.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer is denn heuer mei Lieblingskünstler, woaßt du des?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Welche Band hamma bei uns im Oktober am meisten ghört? I frog nur, weil da Bua allweil sagt, des war alles seins.",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="In da Kuchl, wen hob i do am öftesten laffa ghabt?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="de letzten zwoa Wochen, wer war do mei Nummer oans, bittschön",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="Wos is denn mei Lieblingsliadl den Monat? I kannt ma den Titel nia merken.",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Sagst ma bittschön meine drei meistgspuitn Liada vom Summa? I schreib's ma auf an Zettel.",
        family="top_tracks",
        period="summer",
        content="music",
        count=3,
    ),
    Fresh(
        text="Welches Lied hob i zwoatausendfünfazwanzg am meisten ghört?",
        family="top_tracks",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="Wos war mei meistghörts Liad de letzten sieben Tag? I moan, i woaß es, aber i bin ma ned sicher.",
        family="top_tracks",
        period="last_7_days",
        content="music",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hob i denn am meisten ghört, überhaupt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Des Album, des i seit Oktober am meisten gspuit hob, wos war des nomoi?",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="I bin d'Ada. Welche Platte hod d'Ada letztn Monat am meisten ghört? Also i, moan i.",
        family="top_albums",
        period="last_month",
        person="Ada",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör i denn am meisten? I kenn mi do ned so aus, des hod ma mei Neffe eigricht.",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="Wos is in letzter Zeit mei Podcast, an dem i so häng?",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Wie lang hob i heid scho Musi ghört? I glaub, i hob's laffa lassn, i frog wegam Strom.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wia vui Stund hob i letzte Woch zuaghört, so ungefähr?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wia lang is bei uns letzten Monat d'Musik glaffa, insgesamt?",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie vui Zeit hob i mit de Podcasts verbracht, de letzten dreißg Tag?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wia vui Liada hob i heid in da Friah gspuit?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft is am Samstag wos glaffa, alles zamm?",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="Wie vui Folgen vom Podcast hob i im September ghört? I bin ja oft dabei eigschlafa.",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wieviel Lieder hob i seit Montag ghört",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wia vui verschiedene Sänger hob i heuer ghört? Wahrscheinlich ned vui, gell.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie vui unterschiedliche Künstler warn's im August, wo de Enkerl do warn?",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wia vui verschiedene Liada hob i seit März ghört? Mei Tochter sagt, i hör allweil des gleiche.",
        family="songs_count",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="Wie vui verschiedene Liadl warn's de letzten drei Monat?",
        family="songs_count",
        period="last_3_months",
        content="music",
    ),
    # play_count
    Fresh(
        text="Wie oft hob i de Bohemien Rapsodi de Woch ghört? Des mog i so gern.",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wia oft hob i den Daft Pank im Oktober laffa ghabt?",
        family="play_count",
        period="october",
        name="Daft Punk",
    ),
    Fresh(
        text="Wia oft hob i an Andreas Gabalier ghört, überhaupt? Der is doch so a Fescher.",
        family="play_count",
        period="all_time",
        name="Andreas Gabalier",
    ),
    Fresh(
        text="Wie oft is des The Däili letzten Monat glaffa, de amerikanische Sendung?",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hob i gestan a Queen ghört? Mei Enkel sagt, de san älter ois i, so a Frechdachs.",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Hob i vorgestern den Dschastis gspuit?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Hob i jemals de Helene Fischer ghört do drauf?",
        family="did_i",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Hamma am Wochenend des Café Tacuba ghört? Do hod oana wos Spanischs laffa ghabt.",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="Wos hob i denn gestan auf d'Nacht ghört? I woaß den Nama nimmer.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos is heid Nachmittag glaffa?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wos hob i am dritten November ghört? Do war nämlich mei Hochzeitstag.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Wos hamma vorgestern bei uns ghört, woaßt des?",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Wos is gestan um Dreiviertel acht am Abend glaffa? Des war so schee.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wos lief heid in da Friah um halb neune?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wos war am Mittwoch auf d'Nacht um neine dran?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Wos is heid um fünf nach fünf am Nachmittag glaffa? Do war i grad im Gartl draußn.",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="Letzten Freitag z'Mittag um zwölfe, wos hob i do ghört?",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="Wos für a Musi mog i denn eigentlich, wos moanst du?",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wia dadst du mein Gschmack beschreibn? Ehrlich sei, gell.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wia vui Uhr hör i normalerweis Musi? I frog, weil i ned woaß, wann i am meisten dahoam bin.",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Tag in da Woch und zu welcher Stund hör i denn meistens zua?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i in letzter Zeit wen Neis entdeckt? Mei Enkerl sagt, i soll amoi wos Neis probiern.",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hob i den Monat zum ersten Moi ghört?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Überspring i vui Liada? I drück do oft aus Versehn drauf.",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie oft hob i letzte Woch weitergedrückt, so im Schnitt?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör i allweil de gleichen Liada? Mei Tochter sagt des, und i mog ihr's ned glaubn.",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wia oft hob i de Woch des gleiche nomoi gspuit?",
        family="repeat",
        period="this_week",
    ),
    # streak
    Fresh(
        text="Wia vui Tag hintanand hob i jetzt scho Musi ghört?",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Sag amoi, wia lang is mei Serie? Also wia vui Tag am Stück i scho zuaghört hob.",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i an Dschastis zum ersten Moi ghört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann is des One More Time vom Daft Pank des erste Moi glaffa?",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="De Spider Murphy Gang, wann hob i de zum ersten Moi ghört? De hob i friahra so gern mögn.",
        family="first_play",
        name="Spider Murphy Gang",
    ),
    # last_play
    Fresh(
        text="Wann hob i zletzt de Bohemien Rapsodi ghört?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wann hob i des letzte Moi de Queen ghört?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann lief des Don't Stop Me zletzt? Des is so a lustigs.",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Liad, des i ghört hob?",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="Wos hob i zletzt ghört, ganz zletzt, moan i?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wos bin i heid aufgwacht? I hob's immer no im Ohr.",
        family="first_today",
    ),
    Fresh(
        text="Wos war heid des erste Liad?",
        family="first_today",
        content="music",
    ),
    # first_in
    Fresh(
        text="Wos war gestan des erste Liad, des i gspuit hob?",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Mit wos hob i letzten Freitag ogfangt?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wos war am Samstag des Letzte, wos i ghört hob?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Wos war letzte Nacht des letzte Liad vorm Schlafngeh?",
        family="last_in",
        period="last_night",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad überspring i am meisten?",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wos is des für a Liadl, des i allweil wegdruck? Des mog i wohl ned.",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Sänger überspring i am öftesten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen hob i heuer am meisten weggedrückt, welchen Künstler?",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="Wos für a Liad hob i grad in Dauerschleife? I kimm ned auf den Nama.",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="Wos is des eine Liadl, des i in letzter Zeit ständig hör? Da Opa sagt scho, er kann's nimmer hörn.",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="Erzähl ma amoi, wie war mei Oktober mit da Musi?",
        family="recap",
        period="october",
        content="music",
    ),
    Fresh(
        text="Mach ma bittschön so an Jahresrückblick, wia des mei Enkel auf seim Handy hod.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wia war mei Woch? Also mit'm Zuahörn, moan i.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="A kurze Zusammenfassung vom letzten Summa, wia war des bei uns so?",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in da Friah oder am Abend? I bin ja a Frühaufsteherin.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Is bei mir mehr Musi am Vormittag oder auf d'Nacht?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehr Musi ois unter da Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hamma letzts Jahr mehr am Wochenende oder werktags ghört?",
        family="compare_week",
        period="last_year",
        person="we",
    ),
]

NEGATIVES = [
    "Spui ma bittschön an Daft Punk in da Kuchl.",
    "Mach d'Musi a bisserl lauter, i hör ja nix.",
    "Wos is des für a Liad, des grad lafft?",
    "Des Liad bittschön überspringa, des mog i ned.",
    "Hoid den Podcast o, s'Wasser kocht.",
    "Spui des Album Discovery, des hod mei Enkel gsagt.",
    "Mach's Licht in da Kuchl aus, bittschön.",
    "Wia werd's Wetter morgn? I mog Wäsch aufhänga.",
    "Stell ma an Timer auf zwanzg Minutn für'n Kuacha.",
    "Schreib Milch auf de Einkaufslistn.",
    "Dreh d'Heizung a bisserl auf, mi friert's.",
    "Wos hör i grad?",
    "Nächsts Liad im Wohnzimmer, bittschön.",
    "Mach Zufallswiedergabe, oder wia des hoaßt.",
    "Mach des Wiederholen aus, des spuit allweil des gleiche.",
    "Leiser bittschön, da Opa schlaft.",
    "Spui a Queen, des Bohemian.",
    "Hör auf mit da Musi jetzt, danke schee.",
    "Spui de neieste Folge vom Daily.",
    "Wer singt denn des, wos grad lafft?",
    "Wia spät is's?",
    "Spui a Volksmusi in da Kuchl, wos Scheens.",
    "Fang des Liad nomoi von vorn o.",
    "Stell de Lautstärke auf fünf.",
    "Verbind den Lautsprecher in da Kuchl mit dem im Wohnzimmer.",
    "Mach'n Fernseher aus.",
    "Weida mit da Musi, bittschön.",
    "Erinner mi um viere, dass i d'Resi anruaf.",
    "Schalt den Lautsprecher aus, i geh ins Bett.",
    "Spui Bayern drei im Radio.",
]
