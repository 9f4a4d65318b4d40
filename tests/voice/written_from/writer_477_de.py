"""Writer 477, jemand aus Kärnten (Kärntnerisch/österreichisches Deutsch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer is heuer mei meistg'hörter Künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer woa des leicht den i in letzter Zeit am meistn glost hob",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="sog amoi wöcha Künstler is bei uns vurigs Joa am öftestn g'laufn",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="wos woa im letztn Monat mei Top Künstler",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="wos is mei Liadl vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="de drei meistgspüitn Liadlan seit Oktober",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="wöches Liad hob i heuer im Summa am meistn ghört",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="wos woa vurign Summa mei Lieblingsliad",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="wöches Album hob i gestan am meistn glost",
        family="top_albums",
        period="yesterday",
    ),
    Fresh(
        text="mei Lieblingsalbum überhaupt wos is des eigentlich",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="wöchn Podcast hör i heuer am meistn",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="jo eh wurscht oba wöcha Podcast woa im Septemba vorn",
        family="top_podcasts",
        period="september",
    ),
    Fresh(
        text="wia lang is heit scho Musik g'laufn",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wia vüle Stundn hob i in de letztn siebn Tåg glost",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="wia lang hamma gestan auf d'Nocht Musik g'hört",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="wia vü hob i zwanzig fünfazwanzig insgesamt glost in Stundn",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="wia vüle Liadlan hob i heit in da Fruah gspüt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft is vurige Wochn wos g'laufn insgesamt",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="seit Montag wia vüle Folgen vom Podcast",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wia vüle verschiedene Künstler hob i seit Jänner ghört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in de letztn drei Monat wia vüle unterschiedliche Bands",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="wia vüle verschiedene Liada woan's im August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="wieviel unterschiedliche Liadlan hob i insgesamt ghört",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="wie oft hob i heuer Bohemian Rhapsody glost",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk wia oft woa des de letztn dreißig Tåg",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hob i Wanda gspüt seit März",
        family="play_count",
        period="since_march",
        name="Wanda",
    ),
    Fresh(
        text="de Woch wia oft hob i The Daily ghört",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="hob i gestan Justice glost",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="woa heit in da Fruah The Daily dabei",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hob i vorgestan wos vo Air ghört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hob i leicht amoi STS ghört heuer",
        family="did_i",
        period="this_year",
        name="STS",
    ),
    Fresh(
        text="wos is am Samstag bei uns g'laufn",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="wos hob i heit am Nåchmittag ghört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="erzähl wos hot die Ada letzte Nocht glost",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    Fresh(
        text="gestan so um achte auf d'Nocht wos woa des fia a Liad",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heit in da Fruah um hoib neine wos is do g'laufn",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwoch z'Mittag um zwölfe in da Kuchl wos woa do",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="wos fia a Musikgschmack hob i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma amoi mein Gschmack gö",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wia vü Uhr los i normalerweis Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an wöchn Tåg in da Wochn hör i am meistn",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hob i in letzter Zeit wen Neichn entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wöche Künstler woan im Oktober ganz neich fia mi",
        family="new_artists",
        period="october",
    ),
    Fresh(
        text="wia oft drück i eigentlich weiter so de Skip Rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wia vü hob i heuer übersprungen",
        family="skips",
        period="this_year",
    ),
    Fresh(
        text="hör i imma de gleichn Liadlan wia hoch is de Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wia vüle Tåg hintereinand hob i jetzt scho glost",
        family="streak",
    ),
    Fresh(
        text="seit wia vüle Tåg am Stück hob i jedn Tåg wos glost",
        family="streak",
    ),
    Fresh(
        text="wann hob i Café Tacvba s'erste Moi ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann is Da Funk bei mir drin wann woa des s erste Moi",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann hob i des letzte Moi Queen glost",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Phantom vo Justice wann woa des zletzt",
        family="last_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="wos woa des letzte Liad des i ghört hob",
        family="last_song",
    ),
    Fresh(
        text="mit wos bin i heit aufgwacht wöches Liad woa des erste",
        family="first_today",
    ),
    Fresh(
        text="wos woa des erste Liad am Samstag",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="vurign Freitag wöches Liad woa do s Erste",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="des letzte Liad gestan wos woa des",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hob i am dritten November aufghört",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="wöches Liad drück i am öftestn weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wen skip i am meistn wöchn Künstler",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wos rennt bei mir dawei in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma wos über mei Joa so a Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie woa mei Oktober gib ma an Überblick",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma an Rückblick lei so allgemein",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="los i mehr in da Fruah oder auf d'Nocht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenend mehr ois unter da Wochn",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spü ma Daft Punk in da Kuchl",
    "mach die Musik a bissl lauter",
    "jo eh leiser bitte",
    "wos is des fia a Liad grad",
    "überspring des Liad",
    "nächstes Liad in da Stubn",
    "stopp an Podcast",
    "mach as Licht in da Kuchl aus",
    "wia wird as Wetter heit in Klagenfurt",
    "stö an Timer auf zwanzg Minutn fia de Kasnudl",
    "schreib Topfen auf de Einkaufsliste",
    "dreh die Heizung auf zwoaazwanzg Grad",
    "Zufallswiedergabe ein",
    "Wiederholung ausschoitn",
    "verbind den Lautsprecher in da Kuchl mit dem in da Stubn",
    "spü des Album Discovery",
    "wos los i grad eigentlich",
    "wos lauft grad in da Kuchl",
    "Lautstärke auf fünfzig",
    "spü wos vo Queen",
    "spü de nächste Folge vo The Daily",
    "wia spät is es",
    "mach die Musik aus i geh schlofn",
    "weck mi morgen um sechse",
]
