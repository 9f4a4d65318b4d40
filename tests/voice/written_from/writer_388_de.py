"""Writer 388, eine Kölnerin, 50 (Kölsch gefärbt), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wat hab ich letzte Woch am meisten jehört, welcher Künstler wor dat?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Sag ens, wer is dies Jahr meine Nummer eins bei de Künstler?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Meine drei Top-Bands seit März, wat sin dat?",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Wer wor in de letzten zwei Wochen mein Lieblingskünstler?",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="Wat wor mein Lieblingslied im Sommer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Nenn mir ens meine fünf meistjespielten Lieder vom letzten Monat",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="Welches Lied lief bei uns im Oktober am meisten?",
        family="top_tracks",
        period="october",
        person="we",
    ),
    # top_albums
    Fresh(
        text="Welches Album lief bei mir am meisten, überhaupt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum in de letzten drei Monate?",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast hat mich in letzter Zeit so jepackt?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Welchen Podcast hab ich zweitausendfünfundzwanzig am meisten jehört?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief hück bei mir Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich letzte Woch jehört, insjesamt?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang hatten wir jestern Musik an?",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit is diesen Monat für Podcasts drauf jejangen?",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heut Morjen jespielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft lief seit Montag insjesamt jet?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Lieder liefen bei uns am Wochenende?",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich im August jehört?",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="Wie viele unterschiedliche Bands liefen letztes Jahr bei mir?",
        family="artists_count",
        period="last_year",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder woren et in de letzten dreißig Tage?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Im September, wie viele unterschiedliche Stücke hab ich da jehört?",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich Bohemian Rhapsody jespielt?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief Daft Punk diese Woche?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Sag ens, wie oft hab ich eijentlich BAP jehört?",
        family="play_count",
        period="all_time",
        name="BAP",
    ),
    # did_i
    Fresh(
        text="Hab ich in letzter Zeit jet von Justice jehört?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Lief vorjestern The Daily?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich am Samstag Queen jehört?",
        family="did_i",
        period="saturday",
        name="Queen",
    ),
    Fresh(
        text="De Höhner, hab ich die dies Jahr överhaupt mal jehört?",
        family="did_i",
        period="this_year",
        name="Höhner",
    ),
    # what_played
    Fresh(
        text="Wat hab ich jestern Abend jehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mal, wat lief letzten Freitag?",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Wat lief heut Nachmittag in de Küche?",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="Wat lief jestern Abend so um Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wat wor dat hück Morjen um halb neun für e Lied?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Um zehn nach fünf heut Nachmittag, wat lief da?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="Wat für Musik mag ich eijentlich?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens Musik, um wie viel Uhr und an welchem Tag?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab ich diesen Monat neue Künstler entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler hab ich seit Oktober zum ersten Mal jehört?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft skip ich eijentlich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is meine Skiprate in de letzten sieben Tage?",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dat Jleiche? Wie hoch is die Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon jehört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Air et erste Mal jehört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Brings, wann hab ich die zum ersten Mal jespielt?",
        family="first_play",
        name="Brings",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Dont Stop Me Now?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hab ich dat letzte Mal Café Tacvba jehört?",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Wat wor dat letzte Lied, dat ich jespielt hab?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wat für 'nem Lied bin ich hück wach jeworden?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat wor jestern et erste Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wat hab ich am dritten November anjefangen?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Wat lief letzte Nacht als Letztes?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Und am Samstag, wat wor et letzte Lied?",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skip ich am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hab ich zurzeit in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Von welchem Lied komm ich im Moment nit los?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie wor mein Oktober?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jib mir ene Rückblick op mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie wor die Woche so, musikalisch?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Fass mir ens den letzten Sommer zusammen",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morjens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Is bei mir am Wochenende mehr Musik am Laufen oder wochentachs?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel mal Daft Punk in de Küche",
    "Mach die Musik lauter",
    "Wat is dat für e Lied?",
    "Überspring dat Lied",
    "Pause den Podcast",
    "Nächster Titel im Wohnzimmer",
    "Mach dat Licht in de Küche aus",
    "Spiel dat Album Discovery",
    "Leiser, bitte, dat is zu laut",
    "Zufallswiedergabe an",
    "Mach Wiederholen an für dat Lied",
    "Verbind de Küche mit dem Lautsprecher im Wohnzimmer",
    "Stell ene Timer op zehn Minuten",
    "Wie wird et Wetter morjen in Kölle?",
    "Schreib Kölsch op de Einkaufsliste",
    "Mach die Heizung op einundzwanzig Jrad",
    "Wat hör ich jrad?",
    "Spiel BAP",
    "Stopp die Musik",
    "Spiel The Daily weiter",
    "Wat läuft jrad in de Küche?",
    "Lautstärke op sechs",
    "Mach den Fernseher aus",
]
