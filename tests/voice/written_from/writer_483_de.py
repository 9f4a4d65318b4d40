"""Writer 483, a Viennese pensioner (Wienerisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Heast, wer is'n heuer mei meistgspüta Künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hob i vurige Wochn am meisten ghört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Sagen's ma de drei Liadln, die i im Oktober am öftesten gspüt hob",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Geh, wos is denn überhaupt mei Lieblingslied",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Welche Plattn hob i im Sommer am meisten aufglegt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Oida, welche Sendung, so a Podcast, hör i denn in letzter Zeit am liabsten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wia lang is heit scho die Musi glaufen",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie vü Stundn hamma im Oktober zuaghört bei uns",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="Wie vü Liadln san gestern glaufen",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wieviel Folgen vom Podcast hob i seit Oktober ghört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Heast, wie vü hob i in da Kuchl vurige Wochn gspüt, so insgesamt",
        family="plays",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="Wie vü verschiedene Interpreten hob i heuer scho ghört, Oida",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wieviel verschiedene Liadln warn des in de letzten dreißig Tag",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie oft hob i denn den Bohemian Rhapsody gspüt seit März",
        family="play_count",
        period="since_march",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft is'n heuer der Falco glaufen",
        family="play_count",
        period="this_year",
        name="Falco",
    ),
    Fresh(
        text="des One More Time vom Daft Punk, wie oft hob i des im September gspüt",
        family="play_count",
        period="september",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Hob i gestern am Abend an Queen ghört",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="is bei uns am Samstag a Justice glaufen",
        family="did_i",
        period="saturday",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="Hab i im August überhaupt an Daft Punk gspüt, i glaub net",
        family="did_i",
        period="august",
        name="Daft Punk",
    ),
    Fresh(
        text="Wos hob i vorgestern ghört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Sagen's, wos is am dritten November bei mir glaufen",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Wos is gestern um Viertel vor acht am Abend glaufen",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heit in da Fruah um halb neun, wos war des für a Liad",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wos für a Musi mog i eigentlich, sagen's ma des amoi",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wieviel Uhr und an welchem Tag hör i meistens Musi",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hob i in de letzten drei Monat wen Neuen entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie oft drück i eigentlich weiter, überspring i vü",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör i imma de gleichen Liadln nochamoi, wia a hängende Plattn",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie vü Tag hintereinander hob i jetzt scho Musi ghört",
        family="streak",
    ),
    Fresh(
        text="Wann hob i des erste Mal den Justice ghört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war des letzte Mal, dass i die Café Tacvba ghört hob",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Geh, wann hob i zletzt den Wolfgang Ambros ghört",
        family="last_play",
        name="Wolfgang Ambros",
    ),
    Fresh(
        text="Wos war des letzte Liad, des i gspüt hob",
        family="last_song",
    ),
    Fresh(
        text="wos war heit des erste Liad",
        family="first_today",
    ),
    Fresh(
        text="Wos war vurigen Freitag des erste Liad",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="mit wos hob i gestern aufghört",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Welches Liad drah i am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Sänger überspring i am meisten, den mog i wohl net",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wos für a Liad kann i grad net auslassen, des rennt ja dauernd",
        family="on_repeat",
    ),
    Fresh(
        text="Erzählen's ma, wie war mei Oktober mit da Musi",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war denn mei Joahr so, musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Hör i mehr in da Fruah oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenend mehr Musi als unter da Woch",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wos hot die Ada denn letzte Nacht ghört",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    Fresh(
        text="Wos war des letzte Liad am Wochenend, vurigs Wochenend mein i",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="heast, vurigs Joahr, wer war do mei Künstler Nummer eins",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Wann is des Sexy Boy von de Air des erste Mal glaufen",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="wie lang hob i seit Montag den Podcast ghört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Hob i heit am Nachmittag The Daily ghört",
        family="did_i",
        period="this_afternoon",
        name="The Daily",
    ),
]

NEGATIVES = [
    "Spü ma an Daft Punk in da Kuchl",
    "Geh, drah die Musi a bissl lauter",
    "Oida, des is z'laut, leiser bitte",
    "überspring des Liad, des is ka Schmäh",
    "Wos is des für a Liad, des grad rennt",
    "heast, mach den Podcast amoi Pause",
    "Nächstes Liad im Wohnzimmer",
    "drah des Liacht in da Kuchl ab",
    "spü des Album Discovery",
    "Zufallswiedergabe ein bitte",
    "stell ma an Wecker auf zehn Minuten fürs Gulasch",
    "Wia wird's Wetter morgen, regnet's",
    "Schreib Semmeln auf die Einkaufslistn",
    "Heizung auf zweiadzwanzig Grad",
    "wos hör i grad jetzt",
    "spü ma Bohemian Rhapsody, aber leiwand laut",
    "des Liad nochamoi in Dauerschleife stellen",
    "Verbind den Lautsprecher in da Kuchl mit dem im Wohnzimmer",
    "Schluss mit da Musi, i geh schlafen",
    "spü die neueste Folge von The Daily",
    "Geh weiter mitm Podcast",
    "Lautstärke auf dreißig",
    "mach die Wiederholung aus",
    "Spü wos Ruhiges im Schlafzimmer",
    "Wer singt des grad",
]
