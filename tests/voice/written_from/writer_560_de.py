"""Writer 560, eine Kärntnerin aus Klagenfurt, Ende dreißig, gemütlich, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag amol, wen hob i heuer am meistn glost?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer wor denn mei Nummer eins vurige Wochn?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="jo wer wor denn so mei Lieblingsband im Oktober",
        family="top_artists",
        period="october",
    ),
    # top_tracks
    Fresh(
        text="Wos wor im Summa mei meistgspieltes Liadl?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Sog ma amol meine drei liabstn Liada, so insgesamt",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Welches Liad hot's denn in de letztn dreißig Tog am öftesten gspielt?",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="Welches Album hob i in letzter Zeit am meistn laufn ghabt?",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="Seit März, wöche Plattn lauft bei mir do am öftesten?",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Wos is eigentlich der Podcast, den i am meistn hör?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast wor im September bei mir ganz vorn?",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="Wie lang hob i heit scho Musik ghört?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Gestan auf d'Nocht, wie lang is do eigentlich wos glaufn?",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wieviel Stundn hamma vurige Wochn in da Kuchl Musik ghabt?",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Und Podcasts, wie lang hob i de heuer so ungefähr ghört?",
        family="listening_time",
        period="this_year",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wieviel Liadln san heit in da Fruah glaufn?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft hob i im August überhaupt wos eingschaltn, insgesamt?",
        family="plays",
        period="august",
    ),
    Fresh(
        text="Seit Montag, wieviel Folgen hob i do ghört?",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wieviel verschiedene Künstler hob i im vorign Monat ghört?",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="Wieviel verschiedene Liada hob i in de letztn drei Monat ghört?",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="Vurige Wochn, wieviel unterschiedliche Songs warn denn do dabei?",
        family="songs_count",
        period="last_week",
    ),
    # play_count
    Fresh(
        text="Wie oft hob i heuer Queen ghört?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody, wie oft is des eigentlich insgesamt glaufn?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Und den Daft Punk, wie oft hamma den im Oktober laufn ghabt?",
        family="play_count",
        period="october",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="Wie oft hob i Wanda ghört, jo eh a poa Mal, oder?",
        family="play_count",
        period="all_time",
        name="Wanda",
    ),
    # did_i
    Fresh(
        text="Hob i gestan eh Justice ghört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Hob i heit in da Fruah eh The Daily glost?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Sexy Boy vom Air, hob i des im Summa amol ghört?",
        family="did_i",
        period="summer",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Hob i letztes Johr irgendwann Seiler und Speer ghört?",
        family="did_i",
        period="last_year",
        name="Seiler und Speer",
    ),
    # what_played
    Fresh(
        text="Wos hob i denn gestan so ghört?",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="Wos is bei uns vurgestan so glaufn?",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="Am Samstag, wos hob i do a bissl glost?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Heit am Nochmittog, wos wor do für Musik?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Wos is gestan um dreiviertel acht auf d'Nocht glaufn?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wos hot am Mittwoch um neine auf d'Nocht gspielt?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="In da Kuchl heit um fünfe am Nochmittog, wos is do glaufn?",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Wos hob i eigentlich für an Musikgschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Sag, wie tätst du mein Gschmack beschreibn, so in letzter Zeit?",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="Um wieviel Uhr hör i denn meistens Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Tog und zu wöcher Zeit los i am meistn?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i heuer wen Neuen entdeckt?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Wöche Künstler san im Oktober neu dazuakemmen?",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="Wie oft drück i eigentlich weiter, so insgesamt?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="De letztn sieben Tog, wie vü hob i do übersprungen?",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="Wie hoch is denn mei Wiederholungsrate seit Oktober?",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="Wieviel Tog hintereinander hob i jetzt scho wos ghört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Mal Café Tacvba ghört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann kenn i eigentlich Don't Stop Me Now?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="Wann wor des letzte Mal Eres dran?",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="Den Justice, wann hob i den zletzt glost?",
        family="last_play",
        name="Justice",
    ),
    # last_song
    Fresh(
        text="Wos wor des letzte Liad, des i gspielt hob?",
        family="last_song",
    ),
    Fresh(
        text="Geh, wos is zletzt glaufn bei mir?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wos wor heit des erste Liadl?",
        family="first_today",
    ),
    Fresh(
        text="Mit wos bin i heit aufgwocht, musikalisch?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos wor gestan des erste Liad?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Des erste Liadl am dritten November, wos wor des?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Mit wos hob i vurigen Freitag aufghört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Letzte Nocht, wos wor do des letzte Liad?",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad drück i am öftesten weg?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welchem Künstler drück i am meistn weiter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Heuer, wen überspring i do am öftesten?",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="Wos lauft bei mir grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Liad kann i grad net lossn, jo eh?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl amol, wie wor mei November bis jetzt?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Gib ma an Rückblick auf zwanzigfünfazwanzig",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Wie wor denn mei Wochn so, gemma des amol durch",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in da Fruah oder auf d'Nocht?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehr als unter da Wochn?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Letzten Summa, wann hob i mehr glost, Werktog oder Wochenend?",
        family="compare_week",
        period="last_summer",
    ),
]

NEGATIVES = [
    "Spü Daft Punk in da Kuchl",
    "Mach a bissl lauter",
    "Geh, drah de Musik a bissl leiser",
    "Wos is des für a Liad grad?",
    "Überspring des Liad",
    "Pausier amol den Podcast",
    "Nächstes Liad im Wohnzimmer",
    "Drah 's Liacht in da Kuchl ab",
    "Spü des Album Discovery",
    "Zufallswiedergabe ein, bitte",
    "Des Liad in Dauerschleife, bitte",
    "Gemma, stell an Timer auf zehn Minutn fürs Nudlwasser",
    "Wie wird's Wetter heit in Klagenfurt?",
    "Schreib Kasnudln auf de Einkaufsliste",
    "Stell de Heizung auf zweiazwanzig Grad",
    "Wos hör i grad?",
    "Spü Queen im Wohnzimmer und in da Kuchl gleichzeitig",
    "Verbind den Lautsprecher in da Kuchl mitm Wohnzimmer",
    "Stopp, jo eh, is eh gnua",
    "Spü de neiche Folge von The Daily",
    "Wer singt des grad?",
    "Mach lei de Musik aus",
    "Zruck zum vorign Liad",
    "Wie spät is es?",
    "Spü a bissl wos Gmiatlichs in da Kuchl",
]
