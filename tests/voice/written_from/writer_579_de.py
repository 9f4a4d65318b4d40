"""Writer 579, ein Nürnberger Franke Mitte fünfzig, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer wor heuer mei Kinsdler Nummer eins?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Mei drei meisdghörden Kinsdler im Oktober, sooch amol",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="Welches Liedla is bei mir in der Küch am meisdn glaffn?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Die fünf Liedla, die i den Monad am meisdn gschbielt hob",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="Welches Lied is im Sommer am öfdesdn glaffn?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Welche Bladdn hob i am meisdn ghörd, fei ehrlich",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum zwanzgfünfazwanzg?",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Welchen Bodcast hör i am meisdn",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="An welchem Bodcast häng i in letzder Zeid so dran",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lang lief heid scho Musigg?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Schdundn hom mir letzde Wochn ghörd",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Seid Mondooch, wie lang hob i Bodcasts ghörd",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Wieviel Liedla warn des heid in der Fräih",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="In de letzdn dreißg Dooch, wie oft is insgesamt wos glaffn",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="Wieviel verschiedne Kinsdler seid März?",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Wieviel verschiedne Bands warn des im Sebdember",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Wieviel verschiedne Liedla die Wochn?",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Seid Oktober, wieviel unnerschiedliche Lieder hob i gschbielt",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wie oft lief Bohemian Rhapsody in de letzdn drei Monad",
        family="play_count",
        period="last_3_months",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen, wie oft in de letzdn zwaa Wochn?",
        family="play_count",
        period="last_2_weeks",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief des Da Funk vo Daft Punk überhaupt",
        family="play_count",
        period="all_time",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="Hob i gesdern Justice ghörd?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief vorgesdern The Daily?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Hom mir am Wochenend a weng Daft Punk ghörd",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="Heuer ebbes vo der Spider Murphy Gang ghörd?",
        family="did_i",
        period="this_year",
        name="Spider Murphy Gang",
    ),
    Fresh(
        text="Wos hob i gesdern Obnd ghörd",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos is am drittn Nowember glaffn?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Letzdn Freidooch, wos hom mir do ghörd",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="Wos lief gesdern Obnd um dreiviertel achde",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heid fräih um achde, wos wor des für a Liedla",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Heid um fünfe, wos is do glaffn?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Wos hob i eigendlich für an Musiggeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib amol mein Geschmack. Kurz, gell",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wieviel Uhr hör i meisdns",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Dooch und zu welcher Uhrzeid lafft bei mir am meisdn Musigg",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hob i in letzder Zeid wen Neues entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Neue Kinsdler in de letzdn siebn Dooch? Irgendwer?",
        family="new_artists",
        period="last_7_days",
    ),
    Fresh(
        text="Wie oft überschbring i eigendlich Liedla",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hob i letzdn Monad viel weggedrückt?",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="Hör i immer des Gleiche, oder wie?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft wiederhol i heuer die gleichn Liedla",
        family="repeat",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="Wieviel Dooch hinternander hob i etz scho ghörd",
        family="streak",
    ),
    Fresh(
        text="Wie lang is mei Serie? Dooch am Stück mit Musigg",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Wann hob i Justice des erschde Mol ghörd",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seid wann is The Daily bei mir drin, also des erschde Mol?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hob i zum erschdn Mol BAP ghörd",
        family="first_play",
        name="BAP",
    ),
    Fresh(
        text="Wann lief zletzd Café Tacvba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Don't Stop Me Now, wann hob i des des letzde Mol ghörd",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wos wor des letzde Liedla, des i ghörd hob",
        family="last_song",
    ),
    Fresh(
        text="Letzds Lied vo mir, wos wor des nochamol?",
        family="last_song",
    ),
    Fresh(
        text="Mit wos hob i heid angfangt?",
        family="first_today",
    ),
    Fresh(
        text="Erschds Liedla heid?",
        family="first_today",
    ),
    Fresh(
        text="Wos wor des erschde Lied gesdern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Erschds Liedla im Oktober, wos wor des",
        family="first_in",
        period="october",
    ),
    Fresh(
        text="Wos hob i letzde Nacht als letzds ghörd",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Mit wos hob i am Samsdooch aufghörd",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Welches Lied überschbring i am meisdn",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Des Liedla, wo i immer weiterdrück, welches is des",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Kinsdler skipp i am häufigsdn",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen drück i am meisdn weg, vo de Bands",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Liedla hör i derzeid rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied konn i grad ned lassn",
        family="on_repeat",
    ),
    Fresh(
        text="Wie wor mei Wochn, musikalisch?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Gib mer an Rückblick aufs Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass mer den letzdn Sommer zam",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="Hör i mehr in der Fräih oder am Obnd?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmiddooch oder abends, wann lafft mehr Musigg",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wochenend oder Werkdooch, wann hör i mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Lafft bei mir unter der Wochn mehr Musigg wie am Samsdooch und Sonndooch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel amol Daft Punk in der Küch",
    "Mach fei a weng lauder",
    "Leiser. Bassd scho.",
    "Wos is des grad für a Liedla",
    "Nächsds Lied",
    "Des überschbringst etz, gell",
    "Bodcast amol anhaldn",
    "Licht in der Küch aus",
    "Spiel des Album Discovery",
    "Lautstärke auf fünf",
    "Zufallswiedergabe an",
    "Wiederholung an, des Liedla nochamol",
    "Küch und Wohnzimmer zamschaldn",
    "Timer auf zwanzg Minudn, die Klöß",
    "Wie werd's Wedder morgn in Nämberch",
    "Schreib Bratwörschd auf die Einkaufslisdn",
    "Heizung auf einazwanzg",
    "Wos hör i grad?",
    "Spiel Queen, aber ned so laut",
    "Mach die Musigg aus",
    "Wer singt des?",
    "Spiel die neie Folge vo The Daily",
    "Wie schbäd is?",
    "Im Wohnzimmer Musigg an, a weng wos Ruhigs",
    "Wecker morgn um sechse",
]
