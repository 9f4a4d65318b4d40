"""Writer 140, elderly hard-of-hearing Saxon grandfather from Dresden, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Nu sag ma, wen hab isch letzte Woche am meisten gehört? Letzte Woche, mein isch.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="was is'n mei Lieblingslied dieses Jahr, gugge ma, dieses Jahr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Welche Platte hab isch am meisten gespielt, das Album, weeßte, de ganze Platte",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welchen Podcast hör isch'n am meisten, den mit de Nachrichten oder wie",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lange lief heute de Musik? Wie lange denn, heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder hab isch gestern gespielt, gestern, wie viele",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab isch diesen Monat gehört? Verschiedene, nu",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele verschiedene Lieder warn das seit Oktober, seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wie oft hab isch de Queen diese Woche gehört, wie oft denn",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="hab isch gestern ä bissl Queen gehört? Gestern, de Queen",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Was hab isch'n gestern Abend gehört, gestern Abend, das weeß isch ni mehr",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief denn gestern um Viertel vor acht, Viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was für Musik hör isch'n eigentlich so, sag ma, was für Musik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör isch'n meistens, und an welchem Tag, nu",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab isch diesen Monat wen Neues entdeckt? Ä neuen Künstler, mein isch",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="drück isch oft weiter? Überspring isch viel, sag ma",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hör isch immer wieder's Gleiche? Immer dasselbe, gugge ma",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander hab isch jetzt schon gehört, hintereinander",
        family="streak",
    ),
    Fresh(
        text="Wann hab isch denn Justice zum ersten Mal gehört, de Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann hab isch The Daily zuletzt gehört, den Podcast, wann war das",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war'n das letzte Lied, was isch gespielt hab, das allerletzte",
        family="last_song",
    ),
    Fresh(
        text="Was war heute das allererste Lied, heute, das erste",
        family="first_today",
    ),
    Fresh(
        text="was war gestern das erste Lied, gestern, nu, das erste",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab isch letzten Freitag aufgehört? 's letzte Lied, letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied überspring isch am meisten, das isch immer wegdrück",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler überspring isch'n am meisten? Den Künstler, ni das Lied",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="gugge ma, welches Lied hab isch grade so in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl ma, wie war mei Oktober? Mei Oktober, mit'm Hören",
        family="recap",
        period="october",
    ),
    Fresh(
        text="hör isch mehr früh oder abends? Früh oder abends, sag ma",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör isch am Wochenende mehr als unter der Woche, oder andersrum",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="de Franzosen mit de Roboterköppe, hab isch die diese Woche gehört? Die mit de Helme",
        family="did_i",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Was lief heute früh um acht? Um acht Uhr, heute früh",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was lief gestern um halb acht, nee, um acht, um acht Uhr abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Wen hab isch'n in letzter Zeit am meisten gehört, in letzter Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wie lange ham mir letzte Woche Musik gehört, mir alle, letzte Woche",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="Was ham mir'n letztes Wochenende gehört bei uns, am Wochenende",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="gib mir ma ä Rückblick auf mei Jahr, mei Jahr, nu",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Meine drei liebsten Lieder, sag ma de drei meistgespielten, drei",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="wie viele Podcasts hab isch letzten Monat gehört, de Folgen mein isch",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Hab isch dieses Jahr Radiohead gehört? Radiohead, so heeßen die",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="wann hab isch'n Bohemian Rhapsody zuletzt gespielt, das von de Queen",
        family="last_play",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Wann lief das erste Mal dieses Café Tacuba, de Mexikaner, wann war'n das",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wie viele Künstler warn das letztes Jahr, verschiedene, letztes Jahr",
        family="artists_count",
        period="last_year",
    ),
    Fresh(
        text="Was hab isch am dritten November gehört, am Dritten, das war ä Dienstag",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="welche Platte hör isch in letzter Zeit ständig, nu, welches Album",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="Was lief'n heute Nachmittag? Heute Nachmittag, in der Küche",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="wie oft hab isch seit März One More Time von Daft Punk gehört, seit März",
        family="play_count",
        period="since_march",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Hab isch im Sommer wen Neues gehört? Im Sommer, ä neue Gruppe oder so",
        family="new_artists",
        period="summer",
    ),
    Fresh(
        text="womit hab isch gestern aufgehört, 's letzte Lied vorm Schlafengehn, gestern",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Wie lange hab isch vorgestern in der Küche gehört, am Mittwoch, oder war's Dienstag, nee, vorgestern",
        family="listening_time",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="überspring isch in letzter Zeit viel? In letzter Zeit, mein isch",
        family="skips",
        period="lately",
    ),
    Fresh(
        text="Was lief heute um fünf, um siebzehn Uhr, vorhin",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="welche Sendung hör isch'n dieses Jahr am meisten, welchen Podcast",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Wen hab isch im Oktober am meisten gehört, Oktober, oder war's September, nee Oktober",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="hab isch letzten Monat ä bissl Air gehört, de Franzosen mit'm Sexy Boy",
        family="did_i",
        period="last_month",
        name="Air",
    ),
    Fresh(
        text="Was war'n so los mit'm Hören letzten Sommer, erzähl ma, letzten Sommer",
        family="recap",
        period="last_summer",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk in der Küche",
    "Mach de Musik ä bissl lauter, isch hör nischt",
    "was is'n das für ä Lied, was da grade läuft",
    "Nächstes Lied, nu, weiter",
    "mach das Licht in der Küche aus",
    "Stell ma ä Timer auf zehn Minuten für de Eier, zehn Minuten",
    "Wie wird's Wetter morgen in Dresden",
    "schreib Butter auf de Einkaufsliste, Butter",
    "Mach de Heizung ä bissl wärmer, mir is kalt",
    "halt ma den Podcast an",
    "spiel das Album Discovery, de Franzosen",
    "Was hör isch grade, was läuft da jetzt",
    "lauter, lauter, isch versteh ja nischt",
    "Mach de Musik aus, nu mach doch aus",
    "spiel de Lieder durcheinander, Zufallswiedergabe",
    "Wiederhol das Lied nochmal, das gleiche",
    "spiel ä bissl Schlager im Wohnzimmer",
    "verbinde de Küche mit dem Lautsprecher im Wohnzimmer",
    "Lautstärke auf sechs, auf sechs, hab isch gesagt",
    "wie spät is es denn, wie spät",
    "Erinner misch an meine Tabletten um acht, de Tabletten",
    "leiser, das is ja viel zu laut",
    "Spiel den Podcast weiter, wo isch aufgehört hab",
    "spiel ma Queen, Bohemian Rhapsody, in der Küche",
    "Überspring das Lied, das mag isch ni",
    "schalt ma das Radio in der Küche ein, MDR",
]
