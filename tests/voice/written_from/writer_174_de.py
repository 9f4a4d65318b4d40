"""Writer 174, grandparent (late seventies, Munich/Upper Bavaria), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Griaß di, sag amoi, wer is denn heuer mei Künstler des Jahres? Mei Enkelin frogt mi des dauernd und i woaß es fei ned.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hob i denn in letzter Zeit am meisten g'hört, i moan welche Band?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="De drei Künstler, de i im Oktober am meisten g'hört hob, kannst ma de song, bittschön?",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="Wer war denn letzten Sommer mei Lieblingssänger? Mir foid's oafach nimmer ei.",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="Wos is denn mei Lieblingslied, also des, wo i am öftesten g'spuit hob, überhaupt?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Welches Liad hob i letzten Monat am meisten g'hört? I glaub, i woaß es eh, aber i wui's g'wiss wissn.",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="Sag ma doch meine fünf meistg'spuiten Lieder seit März, sei so guad.",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Wos war denn zwanzg fünfazwanzg mei meistg'hörts Liad? Des möcht i ins Fotoalbum schreibn.",
        family="top_tracks",
        period="in_2025",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hob i denn am meisten laufen lassn? Des ganze Album moan i, ned bloß a Liad.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Wos war im Sommer mei Lieblingsalbum? Mia ham doch so vui im Garten g'sessn.",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welches Album is de letzten drei Monat am meisten g'laufa bei mir?",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör i denn am meisten? I kenn mi mit dene neumodischen Sachen ned so aus.",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wos war letztes Jahr mei Podcast Nummer oans?",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie lang hob i heid scho Musi g'hört? Mei Dokta sagt, i soi mi mehr bewegn statt oiwei sitzn.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lang is bei uns in da Küch letzte Woch Musi g'laufa? Mei Mo sagt, den ganzn Tag.",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wia vui Stund hob i im August zuag'hört, insgesamt mein i?",
        family="listening_time",
        period="august",
    ),
    Fresh(
        text="Seit Montag, wie lang hob i da Musi g'hört, ungefähr?",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    # plays
    Fresh(
        text="Wia vui Lieder hob i gestan g'hört? I hob's ned mitzählt.",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie oft hob i in de letzten siebn Tag wos abg'spuit, Musi und den Podcast und ois zam?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wia vui Folgen vo dem Podcast hob i heuer g'hört?",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Heid Nachmittag, wia vui Liadln hob i do laufen lassn?",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wia vui verschiedene Künstler hob i heuer g'hört, woaßt du des?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Mit wia vui verschiedenen Bands hob i's seit Oktober g'habt?",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="Wia vui verschiedene Lieder hob i im September g'hört?",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wia vui unterschiedliche Liadln warn des in de letzten dreißg Tag? Ned de gleichen doppelt zählen, gell.",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft hob i denn des Bohemian Rhapsody de Woch g'spuit? Mei Mo moant, hundert Moi.",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Sag amoi, wie vui Queen hob i heuer g'hört?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hob i de Helene Fischer g'hört, überhaupt?",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Des One More Time vo dene Daft Punk, wie oft hob i des letzten Monat laufen lassn?",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Hob i gestan Daft Punk g'hört? Mei Enkel hod's ma eing'stellt und i woaß ned, ob's ganga is.",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Hob i vorgestern des The Daily g'hört, de Nachrichtensendung auf Englisch?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Justice, hob i de in letzter Zeit amoi g'hört?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hob i heuer an Andreas Gabalier g'hört? I moan scho.",
        family="did_i",
        period="this_year",
        name="Andreas Gabalier",
    ),
    Fresh(
        text="Ham mia am vergangenen Wochenend Air g'hört? Do war doch de Familie da.",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    # what_played
    Fresh(
        text="Wos hob i gestan auf d'Nacht g'hört? I bin im Sessel eing'schlafa nach'm Essn.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos is heid in da Früh bei mir g'laufa?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Wos hob i am Samstag fia Musi g'hört? Do warn de Enkerl do.",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="Wos hod die Ada de Woch g'hört? Des bin i, mei Enkel hod des auf mein Nama eig'richt.",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="Erzähl ma, wos i de letzten zwoa Wochen so g'hört hob.",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="Wos is gestan so gegen Viertel vor acht g'laufa? Des war so a scheens Liad.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wos hod's heid in da Früh um halb neine g'spuit, wia i Kaffee g'macht hob?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wos war am Mittwoch um zwölfe z'Mittag in da Küch zum hörn?",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="Heid Nachmittag um fünfe, wos is do g'laufa?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="Wos für a Musi mog i eigentlich? Mei Tochter sagt, i hob an junga G'schmack.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wia tät'st du mein Musikgeschmack beschreibn? Aber ehrlich, gell.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wia vui Uhr hör i denn meistens Musi, und an welchem Tag in da Woch?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wann hör i am meisten, zu welcher Stund? Da Dokta mecht mein Tagesablauf wissn.",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i in letzter Zeit wen Neues entdeckt? An Sänger, den i vorher no ned kennt hob?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler warn den Monat ganz neu fia mi?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft drück i denn aufs Weiterschalten? Überspring i vui?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wia hoch is mei Überspring-Quote heuer, wenn ma des so sagt?",
        family="skips",
        period="this_year",
    ),
    # repeat
    Fresh(
        text="Hör i oiwei de gleichen Sachen immer wieder? Mei Mo sagt ja, i sag na.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft wiederhol i des Selbe, so insgesamt, wia is mei Wiederholungsquote?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wia vui Tag hintereinander hob i jetzt scho g'hört?",
        family="streak",
    ),
    Fresh(
        text="Hob i jeden Tag wos g'hört? Wia vui Tag am Stück san des jetzt?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Moi Justice g'hört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann is des Eres vo dene Café Tacvba zum ersten Moi bei mir g'laufa? De Nachbarin hod ma des empfohln.",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Den Peter Alexander, wann hob i den des erste Moi g'spuit?",
        family="first_play",
        name="Peter Alexander",
    ),
    # last_play
    Fresh(
        text="Wann hob i des letzte Moi Queen g'hört?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann war des letzte Moi, dass i de Platte Moon Safari aufg'legt hob?",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Liad, des i g'spuit hob?",
        family="last_song",
    ),
    Fresh(
        text="Wos is zuletzt g'laufa bei mir, des allerletzte?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wos war heid des erste Liad? I war no ganz verschlafa.",
        family="first_today",
    ),
    Fresh(
        text="Mit wos bin i heid aufg'wacht, musikalisch moan i?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos war gestan des erste Liad, des i g'hört hob?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wos hob i am dritten November ang'fangt?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Wos war des letzte Liad letzten Freitag?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Mit wos hob i gestan aufg'hört, bevor i ins Bett bin?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Letzte Nacht, wos war do des letzte Stückl?",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad überspring i am öftesten? Des mog i anscheinend ned.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wos für a Liad drück i am meisten weg?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring i am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band drück i heuer am öftesten weiter?",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="Wos für a Liad hör i grad dauernd, des wo ma ned aus'm Kopf geht?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Liad kann i in letzter Zeit gar ned lassn? Mei Mo kann's scho nimmer hörn.",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl amoi, wia war mei Oktober so mit da Musi?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib ma an Überblick über mei Hörerei, bittschön.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wia war denn mei Jahr? So an Jahresrückblick hätt i gern, wia's de Junga ham.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wia war bei uns dahoam da letzte Monat, so insgesamt?",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in da Früh oder auf d'Nacht?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin i eher a Morgen-Hörerin oder a Abend-Hörerin, wos moanst?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehr Musi ois unter da Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Is bei mir unter da Woch mehr los oder am Samstag und Sonntag?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Griaß di, spui ma bittschön Daft Punk in da Küch.",
    "Mach de Musi a bissl lauter, i hör nix bei dem Spülmaschin-Lärm.",
    "Wos laft grad in da Küch?",
    "Wos is des für a Liad? Des is fei schee.",
    "Überspring des Liad, des mog i ned.",
    "Hoit amoi den Podcast o, es läut am Telefon.",
    "Nächsts Liad im Wohnzimmer, bittschön.",
    "Mach des Licht in da Küch aus, i geh jetzt ins Bett.",
    "Spui ma des Album Discovery.",
    "Leiser, des is ma z'laut.",
    "Mach amoi Zufallswiedergabe, gell.",
    "Des Liad in Dauerschleife, bittschön, des gfoit ma so.",
    "Den Lautsprecher in da Küch mit dem im Wohnzimmer zammaschoitn.",
    "Stell ma an Wecker auf zwanzg Minuten für'n Kuacha.",
    "Wia werd's Wetter morgen? I mog zum Markt.",
    "Schreib Semmelbrösel auf mei Einkaufslistn.",
    "Dreh d'Heizung auf zweiazwanzg Grad, mi friert.",
    "Wos hör i grad eigentlich?",
    "Spui ma de Nachrichten, des The Daily.",
    "Spui amoi Queen in da Küch.",
    "Hör auf mit da Musi, da Pfarrer is an da Tür.",
    "Lautstärke auf fünf, bittschön.",
    "Wer singt des, wos grad laft?",
    "Schoit de Zufallswiedergabe wieder aus, des verwirrt mi.",
    "Mach's Licht in da Küch o, draußen werd's scho finster.",
    "Spui an Bayern 1 im Wohnzimmer.",
    "Erinner mi um viere, dass i mei Schwester o'ruaf.",
    "Spui de nächste Folge vo dem Podcast.",
]
