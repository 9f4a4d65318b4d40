"""Writer 216, nostalgic emotional rambler (Ore Mountains Saxon German), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sog mol, wen hob iech letzte Woch am meisten gehärt? Iech war so durchenanner, do hot mich jemand getröstet, ne",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer war denn dieses Johr mei Künstler Nummer eins, dr wo mich durch dos ganze schwere Johr gebracht hot",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Von wem war iech in letzter Zeit so ganz verrückt, ne?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Mei drei liebsten Künstler überhaupt, sog mol, do werd's eem ganz warm ums Herz",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="In dr Küch, beim Plätzchenbacken, wen ham mir letzten Monat am meisten gehärt",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wen hot de Ada seit März am meisten gehärt, also iech, de Ada",
        family="top_artists",
        period="since_march",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Wos war denn mei Lied vom Monat, des wo eem 's Herz aufgieht",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Sog mol mei fünf meistgespielten Lieder, des tät mich interessieren",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welches Lied hob iech im Sommer am meisten gehärt? Do war iech so traurig, wie dr Vater gestorben is",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Wos war mei Lieblingslied zwanzig fünfundzwanzig",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="Welches Lied lief de letzten drei Monat am öftesten bei mir",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="Welches Album hob iech im Oktober rauf und runter laufen lassen",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="Mei Lieblingsalbum, des wo iech am meisten gehärt hob, überhaupt, wos is des",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welche Platte hob iech letzten Sommer am meisten aufgelegt, ach wor des e schöner Sommer",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör iech am liebsten, so alles in allem",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wos fürn Podcast hot mich seit Oktober so gepackt",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief gestern Musik? Iech hob de ganze Zeit an de Mutter gedacht",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hob iech diese Woch gehärt, ne",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lang ham mir am Wochenend Musik laufen lassen, wo de ganze Familie do war",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie lang hob iech heite früh in dr Küch gehärt, beim Kaffee",
        family="listening_time",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="Wie viel Zeit mit Podcasts in de letzten dreißig Tog, sog mol",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hob iech heite schon gehärt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="In de letzten siebn Tog, wie viel hob iech do insgesamt abgespielt",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele Folgen hob iech im September gehärt, an dene langen Obnde",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder worn's heite Nachmittag",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hob iech dieses Johr gehärt",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Bands worn's im August bei mir",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hob iech letzten Monat gehärt",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Seit Montag, wie viele unterschiedliche Lieder worn's do",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="Wie oft hob iech Bohemian Rhapsody diesen Monat gehärt, des wo iech immer flenn",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Queen hob iech dieses Johr gehärt, ehrlich",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief Eres vo Café Tacvba, des Lied hot mich durch de schwere Zeit gebracht",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wie oft hob iech letztes Johr Karat gehärt",
        family="play_count",
        period="last_year",
        name="Karat",
    ),
    # did_i
    Fresh(
        text="Hob iech gestern Obnd Air gehärt? Des war so schee, wie früher",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="Hob iech in letzter Zeit wos vo Justice gehärt, ne",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Mir ham doch am Samstag Don't Stop Me Now gehärt, beim Geburtstag vo dr Oma, oder?",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Hob iech heite früh The Daily gehärt, oder hob iech des bloß geträumt",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hob iech eigentlich jemals wos vom Anton Günther gehärt",
        family="did_i",
        period="all_time",
        name="Anton Günther",
    ),
    Fresh(
        text="Lief diese Woch Digital Love vo Daft Punk, des Lied vo meim erschten Tanz",
        family="did_i",
        period="this_week",
        name="Digital Love by Daft Punk",
    ),
    # what_played
    Fresh(
        text="Wos hob iech gestern Obnd gehärt, do war iech so wehmütig",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos lief vorgestern bei mir",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wos fier Musik hob iech letzte Nacht laufen lassen, iech bin im Sessel eigeschlofen",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="Sog mol, wos hob iech am dritten November gehärt, des war e schwerer Tog",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Wos hob iech am Wochenend so alles gehärt",
        family="what_played",
        period="last_weekend",
    ),
    # playing_at
    Fresh(
        text="Wos lief gestern so gegen Viertel vor acht, des Lied wo mich so gerührt hot",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wos lief heite früh um Viertel nach acht, wo iech de Treppe nuff bin",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="Gestern Obnd um acht, wos hot do gespielt",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Wos lief heite Nachmittag um zehn nach fünf",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Wos lief am Mittwoch um zwölfe mittags, do kam wos ganz Schönes",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Gestern Obnd fünf nach acht, wos lief do",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    # taste
    Fresh(
        text="Wos fürn Musikgeschmack hob iech eigentlich, sog mol ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mol mein Geschmack, wos mag iech so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör iech denn meistens, zu welcher Stund und an welchem Tog",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör iech gewöhnlich Musik, iech glaab ja obnds",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hob iech in letzter Zeit wen Neies entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hob iech dieses Johr zum erschten Mol gehärt",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Wos fier neie Künstler worn's über de letzten zwee Wochen",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="Wie oft spring iech eigentlich weiter, so insgesamt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Lieder hob iech letzte Woch übersprungen",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Wie oft hör iech immer wieder des Gleiche, iech bin halt so",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is mei Wiederholungsrate dieses Johr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tog hintereinander hob iech jetzt scho gehärt",
        family="streak",
    ),
    Fresh(
        text="Seit wie viel Tog am Stück lief bei mir wos, ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob iech Bohemian Rhapsody des erschte Mol gehärt, do hot's geregnet, glaab iech",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wann is Justice des erschte Mol bei mir aufgetaucht",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann hob iech des erschte Mol Silbermond gehärt",
        family="first_play",
        name="Silbermond",
    ),
    # last_play
    Fresh(
        text="Wann hob iech zuletzt La femme d'argent gehärt, des Lied vo Air, wo iech immer flenn",
        family="last_play",
        name="La femme d'argent by Air",
    ),
    Fresh(
        text="Wann lief The Daily 's letzte Mol",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hob iech Moon Safari zuletzt gehärt, de ganze Platte",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Lied, wo iech gehärt hob, 's gieht net aus'm Kopf",
        family="last_song",
    ),
    Fresh(
        text="Welches Lied lief bei mir als letztes überhaupt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wos bin iech heite früh aufgewacht, des war so schee",
        family="first_today",
    ),
    Fresh(
        text="Wos war heite des erschte Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos war gestern des erschte Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wos hob iech letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wos war vorgestern des letzte Lied",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit wos hob iech am Samstag aufgehärt, nach dr Feier",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring iech am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wos drück iech immer weg, welches Lied is des",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring iech am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band drück iech am ehesten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hob iech de Tog in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied krieg iech net aus'm Kopf, des wo iech dauernd spiel",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mol, wie is dr Oktober bei mir gelaufen, so vom Hören",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mach mol en Rückblick auf mei Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war mei Woch so, vom Hören her",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Fass mol zamm, wie's letzten Monat gelaufen is",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Gib en Überblick über mei Hören, ne",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör iech mehr früh oder mehr obnds",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin iech mehr so e Nachmittags- oder e Nachthörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hob iech am Wochenend mehr Musik laufen als unter dr Woch",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Unter dr Woch oder am Wochenend, wann hör iech mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel mol Daft Punk in dr Küch",
    "Mach de Musik lauter, des is mei Lied",
    "Wos läuft grad in dr Küch",
    "Wie heißt des Lied grad, do krieg iech Gänsehaut",
    "Überspring des Lied, des macht mich zu traurig",
    "Halt den Podcast o, dr Kaffee kocht über",
    "Nächstes Lied im Wohnzimmer",
    "Mach 's Licht in dr Küch aus",
    "Spiel des Album Discovery",
    "Lautstärke auf fünf",
    "Mach Zufallswiedergabe an",
    "Des Lied in Dauerschleife, bitte",
    "Verbind de Lautsprecher in dr Küch und im Wohnzimmer",
    "Stell en Timer auf zwanzig Minuten für de Klöß",
    "Wie werd's Wetter morgen, gibt's Schnee?",
    "Schreib Butter und Mehl auf de Einkaufsliste, fürn Stollen",
    "Stell de Heizung auf zweiundzwanzig Grad",
    "Wos hör iech grad eigentlich",
    "Spiel Bohemian Rhapsody, des wo iech immer flenn",
    "Spiel wos vom Anton Günther",
    "Leiser, bitte, 's is spät",
    "Stopp de Musik",
    "Weiter mit The Daily",
    "Spiel de nächste Folge vo The Daily",
    "Wer singt des?",
    "Mach de Küch stumm",
    "Spiel Weihnachtslieder aus'm Erzgebirge, 's is bal Advent",
    "Mach 's Licht am Schwibbogen an",
    "Wie viel Zeit is noch auf meim Timer",
]
