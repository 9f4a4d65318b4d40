"""Writer 243, a Viennese pensioner dictating to a speaker, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Heast, wen hab i denn heuer am meisten g'hört?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer war denn im Oktober mei Lieblingskünstler?",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="Wer war im Sommer mei Nummer eins, sag amal",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="Welchen Künstler hat die Ada letzte Wochn am meisten g'hört?",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Sag amal, welches Liad hab i diesen Monat am öftesten gspüt?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Meine drei meistgspüten Lieder vom vorigen Jahr, bitte",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="In der Kuchl, welches Liad is da am meisten g'laufen?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Fünf Lieder, die i seit Oktober am meisten g'hört hab, zähl's ma auf",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welches Album hab i in letzter Zeit am meisten g'hört?",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="Was is denn überhaupt mei Lieblingsalbum?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör i denn am liebsten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Oida, welcher Podcast is heuer bei mir am öftesten g'laufen?",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="Wie lang is gestern bei mir die Musi g'rennt?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab i vorige Wochn zuag'hört?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang is bei uns im Oktober die Musi g'laufen?",
        family="listening_time",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie lang hab i in de letzten dreißig Tag insgesamt g'hört?",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viel Zeit hab i voriges Jahr mit Podcasts verbracht?",
        family="listening_time",
        period="last_year",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab i heut scho gspüt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Podcastfolgen hab i heuer g'hört?",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel is seit Montag insgesamt gspüt worden bei mir?",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab i seit März g'hört?",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder warn's denn im September?",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="Wie oft hab i denn die Bohemian Rhapsody gspüt, Oida?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Den Daft Punk, wie oft hab i den heuer g'hört?",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="Hab i gestern an Queen g'hört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Geh bitte, hab i in letzter Zeit was vom Justice g'hört?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hab i jemals an Falco g'hört?",
        family="did_i",
        period="all_time",
        name="Falco",
    ),
    Fresh(
        text="Ham mir vorgestern The Daily g'hört?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="Was hab i denn gestern auf d'Nacht g'hört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was is denn am Samstag bei mir g'laufen?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Was für a Musi hab i heut Nachmittag g'hört?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Was is gestern um Viertel vor acht am Abend g'laufen?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was war heut in der Früh um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heast, heut Nachmittag um fünf nach fünf, was hab i da g'hört?",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="Was für a Musi mag i eigentlich, was glaubst?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör i normalerweise Musi, und an welchem Tag?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab i heuer wen Neuen entdeckt?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Welche Künstler hab i im August zum ersten Mal g'hört?",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="Wie oft überspring i eigentlich a Liad?",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="Hör i ma oft die gleichen Lieder immer wieder an?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viele Tag hintereinander hab i jetzt scho Musi g'hört?",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="Wann hab i den Air zum ersten Mal g'hört?",
        family="first_play",
        name="Air",
    ),
    # last_play
    Fresh(
        text="Wann hab i zuletzt Don't Stop Me Now g'hört?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann war des letzte Mal, dass i den Café Tacvba g'hört hab?",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Liad, des i g'hört hab?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war heut des erste Liad?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war des erste Liad gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Was hab i am dritten November als Erstes g'hört?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Was war des letzte Liad vorige Wochn?",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="Womit hab i letzten Freitag aufg'hört?",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad überspring i am öftesten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring i am meisten, Oida?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Liad hab i grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Was is denn des leiwande Liad, des i dauernd spü in letzter Zeit?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl amal, wie war mei Musijahr heuer?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Geh, fass ma den Oktober zsamm, was i so g'hört hab",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie war mei Wochn, musikalisch?",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in der Früh oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i an de Wochentag mehr oder am Wochenend?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Heast, spü ma Daft Punk in der Kuchl",
    "Mach die Musi a bissl lauter, i hör nix",
    "Geh bitte, was is des für a Liad grad?",
    "Überspring des Liad, des is nix",
    "Halt den Podcast an, es läut an der Tür",
    "Nächstes Liad im Wohnzimmer",
    "Dreh des Licht in der Küche ab",
    "Spü des Album Discovery",
    "Leiser, Oida, leiser!",
    "Mach die Zufallswiedergabe an",
    "Stell die Wiederholung aus",
    "Verbind den Lautsprecher in der Kuchl mit dem im Schlafzimmer",
    "Stell an Timer auf zehn Minuten für die Knödel",
    "Wie wird's Wetter morgen in Wien?",
    "Schreib Milch und Semmeln auf die Einkaufsliste",
    "Dreh die Heizung auf zweiundzwanzig Grad",
    "Was lauft grad in der Küche?",
    "Was hör i denn jetzt grad?",
    "Spü was Leiwandes vom Falco",
    "Wie kalt wird's im Jänner?",
    "Spü die neueste Folge von The Daily",
    "Lautstärke auf fünfzig",
    "Mach die Musi aus, i geh schlafen",
    "Erinner mi morgen um neun an den Arzttermin",
]
