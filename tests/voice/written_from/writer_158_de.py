"""Writer 158, talks while doing something else (cooking, driving, workout), East Frisian, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Moin, wer war letzte Woche mein meistgehörter Künstler, wart mal, der Tee zieht noch, ja, letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wat war mein Lieblingslied diesen Monat, is büschen laut hier mit der Dunstabzugshaube",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches Album hebb ik dies Jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welchen Podcast hör ik in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief heute Musik, ik fahr grad los",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder hebb ik gestern gehört, Moment, Kreisel, also wie viele Lieder gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler waren dat im Oktober",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="hebb ik gestern Queen gehört oder nich",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="wie oft hebb ik Bohemian Rhapsody diesen Monat gespielt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wat lief gestern Abend so, ik weet dat nich mehr",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="gestern Abend, so Viertel vor acht rum, wat lief da, ik hatte die Hände im Teig",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat für Musik mag ik eigentlich so, insgesamt mein ik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ik meistens, so welche Uhrzeit und welcher Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hebb ik in letzter Zeit wat Neues entdeckt, neue Künstler mein ik",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft skip ik eigentlich, ehrlich jetzt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hebb ik jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="wann hebb ik Justice dat erste Mal gehört, rühr rühr, ja, wann war dat",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief The Daily zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="so, genug Dööntjes, sag mal, wat für Zeug hör ik so am liebsten, vom Stil her",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wat lief zuletzt, dat allerletzte Lied mein ik, nich die Folge",
        family="last_song",
    ),
    Fresh(
        text="in der Küche, wat is da mein Podcast Nummer eins",
        family="top_podcasts",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="wat war dat letzte Lied, dat ik gehört hebb",
        family="last_song",
    ),
    Fresh(
        text="mit wat für einem Lied bin ik heute aufgewacht, dat erste",
        family="first_today",
    ),
    Fresh(
        text="Oktober, wie lief der so bei mir, musikmäßig, erzähl ma büschen",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wat war vorgestern dat erste Lied, dat ik angemacht hebb",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit welchem Lied hebb ik letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied skip ik am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ik am häufigsten, noch zehn Wiederholungen, so, welchen Künstler",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wat hör ik zurzeit rauf und runter, welches Lied is dat",
        family="on_repeat",
    ),
    Fresh(
        text="hör ik mehr morgens oder mehr abends, wat meinst du",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ik eher am Wochenende oder so Montag bis Freitag",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene Lieder waren dat dies Jahr",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="spiel ik immer dieselben Lieder wieder, wie oft wiederhol ik so",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wat lief heute Nachmittag so um Viertel nach fünf, da hebb ik Kartoffeln geschält",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wat lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wat hebbt wir letzte Woche in der Küche so gehört",
        family="what_played",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Air, hebb ik im Sommer Air gehört, die Franzosen",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="hebb ik jemals Radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="meine drei meistgehörten Lieder seit März, sag mal",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="wie viele Stunden hebb ik letzten Monat gehört, so ungefähr",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie viele Folgen The Daily hebb ik diese Woche gehört, wart, Blinker, ja, diese Woche",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="wie viele Podcastfolgen waren dat seit Montag",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wat lief bei uns gestern so",
        family="what_played",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wer war mein Künstler vom Jahr zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="wat war mein Lieblingsalbum letzten Sommer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="gib mir mal nen Rückblick auf mien Jahr, beim Gemüse schnippeln hebb ik Zeit",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine Woche so, musikmäßig, kurz bitte, ik sitz aufm Rad",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wann hebb ik eres von cafe tacuba dat erste Mal gehört",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann lief Da Funk dat letzte Mal",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="wie oft lief Daft Punk in den letzten dreißig Tagen",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    Fresh(
        text="wat lief am Samstag so, hebb ik dat vergessen",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wie viele verschiedene Künstler waren dat in den letzten drei Monaten",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="neue Künstler seit Oktober, gab dat wat",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="dat letzte Lied gestern Abend, wat war dat nochmal",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat hebb ik am dritten November als erstes gehört",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="hebb ik The Weeknd mal gehört, irgendwann",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="wie oft hebb ik in den letzten sieben Tagen weggeskippt",
        family="skips",
        period="last_7_days",
    ),
    Fresh(
        text="welche Band hör ik in letzter Zeit dauernd, da bin ik ganz verrückt nach",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wat lief Mittwoch abends um neun, da war ik beim Abwasch",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
]

NEGATIVES = [
    "Moin, spiel Daft Punk in der Küche",
    "mach die Musik mal büschen lauter",
    "Podcast mal eben anhalten, dat Wasser kocht",
    "nächstes Lied",
    "wat is dat für ein Lied",
    "stell einen Timer auf zehn Minuten für den Tee",
    "Licht in der Küche aus",
    "wie wird dat Wetter morgen in Emden",
    "schreib Kluntjes auf die Einkaufsliste",
    "spiel dat Album Discovery",
    "wat hör ik grad",
    "spiel Queen, wat zum Autofahren",
    "Lautstärke auf fünf",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "Küche und Wohnzimmer zusammen abspielen",
    "Heizung in der Küche auf einundzwanzig Grad",
    "spiel The Daily weiter",
    "überspring dat Lied, dat mag ik nich",
    "wer singt dat",
    "wie spät is dat",
    "leiser, büschen leiser",
    "mach dat Radio in der Küche an",
    "Pause, dat Telefon klingelt",
    "nächste Folge von The Daily",
]
