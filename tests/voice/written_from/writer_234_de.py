"""Writer 234, a parent in Graz with children interrupting (Styrian Austrian German), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer woar heuer mei meistg'hörter Künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Sag amol, wen hob i letzte Wochn am meistn g'hört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="In da Küch, wer wird do am meisten g'spielt",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Wos is mei Lieblingsliadl— Lena, hör auf— mei Lieblingsliadl überhaupt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="de drei Liadln, de i im Oktober am öftesten g'hört hob",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="mei Liadl vom Monat im August, wos woar des",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="Welches Album hob i in letzter Zeit am meisten g'spielt",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="Wos is mei Podcast, den i am meisten hör",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welchen Podcast hob i seit März am meisten g'hört",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="Wie lang hob i heit schon Musik g'hört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie vü Stundn hamma im Oktober g'hört, mir ois Familie",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="wie lang lief letztes Jahr insgesamt Musik",
        family="listening_time",
        period="last_year",
        content="music",
    ),
    Fresh(
        text="Wie vü Liadln hob i seit Montag g'spielt",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie vü Folgen vom Podcast hob i im September g'hört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie vü hob i am dritten November g'hört, Liadln mein i",
        family="plays",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Wie vü verschiedene Künstler hob i heuer g'hört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie vü unterschiedliche Liadln woarn's letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Wie oft hob i Bohemian Rhapsody g'hört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief The Daily de Wochn",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft lief One More Time vo Daft Punk in de letzten dreißig Tog",
        family="play_count",
        period="last_30_days",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Hob i gestern Justice g'hört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Hob i im Sommer irgendwos von Air g'hört",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="Hob i jemals Radiohead g'hört— Maxi, nit auf'n Tisch— jemals",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Hot d'Ada letztes Wochenend Café Tacvba g'hört",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="Ada",
    ),
    Fresh(
        text="Wos hob i gestern auf d'Nacht g'hört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl amol, wos mir vorgestern g'hört ham",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="wos hob i heit am Nachmittag g'hört— na, Moment— heit Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wos hot gestern um zehn vor acht am Abend g'spielt",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="wos lief heit in da Früh um hoib neune",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wos für a Musikgeschmack hob i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör i normalerweise Musik, so Tageszeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hob i diesen Monat wen Neuen entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wer is in de letzten drei Monat neu dazukemma, so Künstler",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie oft überspring i Liadln",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör i oft de gleichen Liadln wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie vü Tog hintereinand hob i jetzt scho g'hört",
        family="streak",
    ),
    Fresh(
        text="Wann hob i zum ersten Mal Daft Punk g'hört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wann woar The Weeknd des erste Mal bei mir drin",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Wann hob i zuletzt Don't Stop Me Now g'hört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wos woar des letzte Liadl, des i g'spielt hob",
        family="last_song",
    ),
    Fresh(
        text="Wos woar heit des erste Liadl",
        family="first_today",
    ),
    Fresh(
        text="Wos woar des erste Liadl am Samstag",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="mit wos hob i gestern aufg'hört, des letzte Liadl",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="des letzte Liadl am letzten Freitag, wos woar des",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Liadl überspring i am öftesten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler skipp i am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wos is grad mei Dauerbrenner, so Liadl-mäßig",
        family="on_repeat",
    ),
    Fresh(
        text="Wie woar mei Jahr musikalisch, so a Rückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib ma an Überblick über letzte Wochn— Lena, glei— letzte Wochn",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="Hör i mehr in da Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Unter da Wochn oder am Wochenend, wann hör i mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spü Daft Punk in da Küch",
    "Mach de Musik lauter",
    "Wos lauft grad in da Küch",
    "Wos is des fürn Liadl",
    "Überspring des Liadl",
    "Pausier den Podcast",
    "Nächstes Liadl im Wohnzimmer",
    "Mach's Liacht in da Küch aus",
    "Spü des Album Discovery",
    "Leiser bitte— Lena!— leiser",
    "Zufallswiedergabe ein",
    "Wiederhol des Liadl",
    "Verbind de Lautsprecher in da Küch und im Wohnzimmer",
    "Stell an Timer auf zehn Minutn für de Nudeln",
    "Wie wird's Wetter morgen in Graz",
    "Schreib Milch auf d'Einkaufsliste",
    "Drah d'Heizung auf zweiazwanzig Grad",
    "Wos hör i grad",
    "Spü The Daily",
    "Stopp de Musik",
    "Spü wos von Queen im Kinderzimmer",
    "Mach an Wecker für sechse in da Früh",
    "Lauter, i hör nix— Maxi, gib des her— lauter",
]
