"""Writer 312, a Ruhrpott (Ruhrdeutsch) miner's son, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Hömma, wen hab ich diesen Monat am meisten gehört?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Sach ma, wer war letztes Jahr mein Künstler Nummer eins, wa?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Getz ma ehrlich, auf wen bin ich so richtig hängen geblieben, so Künstler mein ich",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="gib mich ma meine drei Top-Künstler seit März",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Wat war bei uns letzte Woche die meistgehörte Band",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Die letzten zwei Wochen, wer lief da am meisten",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="Wat is mein Lieblingslied dies Jahr, kannze mir dat sagen",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Hömma, welches Lied lief im Sommer am meisten",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Sach ma meine fünf meistgespielten Lieder, von allet wat je lief",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Inne Küche, welcher Song läuft da am meisten?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Wat hab ich inne letzten sieben Tage am meisten gehört, so Lieder",
        family="top_tracks",
        period="last_7_days",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab ich dies Jahr am meisten laufen lassen",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="wat is mein Lieblingsalbum, so insgesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welche Platte hab ich im Oktober rauf und runter gehört",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="Wat war zwanzig fünfundzwanzig mein meistgehörtes Album",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast is getz so mein Ding in letzter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Welchen Podcast hab ich letzten Monat am meisten gehört, sach ma",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief bei mir diese Woche Musik, boah, bestimmt ewig",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich gestern so insgesamt gehört",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Wie lange hab ich im September Podcasts gehört",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie lang lief heute inne Küche Musik",
        family="listening_time",
        period="today",
        room="kitchen",
        content="music",
    ),
    Fresh(
        text="wie viel Musik hab ich inne letzten drei Monate gehört, in Stunden",
        family="listening_time",
        period="last_3_months",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich am Samstag insgesamt abgespielt",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="wie viele Folgen hab ich seit Oktober gehört, so Podcastfolgen",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Songs ham wa letztes Jahr gespielt, alles zusammen",
        family="plays",
        period="last_year",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Bands warn dat im August",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich letzten Monat gehört",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs warn dat inne letzten dreißig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich Bohemian Rhapsody diesen Monat gehört, dat is ja schon peinlich",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Queen dies Jahr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab ich den Herbert Grönemeyer gehört, Bochum und so",
        family="play_count",
        period="all_time",
        name="Herbert Grönemeyer",
    ),
    Fresh(
        text="Wie oft lief One More Time von Daft Punk, insgesamt",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Justice gehört oder nich?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief seit Montag wat von Air?",
        family="did_i",
        period="since_monday",
        name="Air",
    ),
    Fresh(
        text="Hab ich heute früh The Daily gehört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hömma, hab ich letzten Sommer wat von Café Tacvba gehört",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="Ham wa am Wochenende Helene Fischer gehört? Ich hoff ja nich",
        family="did_i",
        period="last_weekend",
        name="Helene Fischer",
        person="we",
    ),
    Fresh(
        text="hab ich diesen monat dänz von justice gehört",
        family="did_i",
        period="this_month",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="Wat hab ich gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief vorgestern bei mir",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Erzähl ma, wat hab ich am dritten November gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Wat lief letzte Nacht so, Musik mein ich",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="wat lief denn heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wat hat die Ada diese Woche so gehört",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Wat lief gestern Abend so um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wat lief heute Morgen um acht inne Küche",
        family="playing_at",
        moment="2026-11-20 08:00",
        room="kitchen",
    ),
    Fresh(
        text="Welches Lied lief heute so gegen fünf Uhr nachmittags",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="wat lief Mittwoch Mittag um zwölf",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Wat lief letzten Freitag abends um neun",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="Wat hab ich eigentlich für'n Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ma meinen Geschmack, so musikmäßig",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens Musik, so welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Um wie viel Uhr hör ich normalerweise, nach der Schicht oder wat",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit wen Neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab ich diesen Monat zum ersten Mal gehört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft skip ich eigentlich, sach ma ehrlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is meine Skiprate diese Woche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dat Gleiche, oder wat? Wie oft wiederhol ich Lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is meine Wiederholungsrate dies Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich getz schon wat gehört",
        family="streak",
    ),
    Fresh(
        text="Wie lang is meine Serie getz, so Tage am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice dat erste Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann is Daft Punk bei mir drin, so dat allererste Mal",
        family="first_play",
        name="Daft Punk",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hab ich dat letzte Mal The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied, wat ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wat bin ich heute aufgewacht, musikmäßig",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war gestern dat erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit welchem Lied hab ich letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wat war am Samstag dat letzte Lied",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Mit wat hab ich vorgestern aufgehört",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler drück ich am öftesten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hab ich in letzter Zeit auf Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Welcher Song läuft bei mir zurzeit rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma, wie war mein Oktober so musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mich ma 'n Rückblick auf mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war meine Woche so, musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Fass ma zusammen, wat ich so gehört hab",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war bei uns letzten Monat so dat Hören, mach ma 'n Rückblick",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher so'n Nachmittagshörer oder mehr nachts, wat meinste",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich am Wochenende mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wann lief mehr Musik, werktags oder am Wochenende",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk inne Küche",
    "Mach ma lauter, ey",
    "Wat is dat für'n Lied, wat grad läuft",
    "Nächstes Lied, dat is Mist",
    "Mach den Podcast ma auf Pause",
    "Küchenlicht aus",
    "Spiel dat Album Discovery",
    "Stell ma 'n Timer auf zwölf Minuten für die Currywurst",
    "Wie wird dat Wetter morgen in Bochum",
    "Schreib Bier auffe Einkaufsliste",
    "Mach die Heizung ma wärmer, is arschkalt hier",
    "Wat hör ich getz grad",
    "Zufallswiedergabe an",
    "Mach ma Wiederholen an für dat Lied",
    "Verbinde die Küche mitm Wohnzimmerlautsprecher",
    "Leiser, Vatta telefoniert",
    "Spiel The Daily ab",
    "Nächster Titel im Wohnzimmer",
    "Spiel Queen inne Küche, aber nich so laut",
    "Musik aus",
    "Weck mich um halb fünf, Frühschicht",
    "Wie hat Schalke gespielt",
    "Spul ma dreißig Sekunden vor",
    "Wer singt dat hier grad",
    "Spiel ma wat vom Grönemeyer",
    "Lautstärke auf fünf inne Küche",
]
