"""Writer 317, Dresdner Großmutter (Sächsisch), langsam und höflich, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Nu sagen Sie mir doch bitte, wen ich diesen Monat am meisten gehört hab",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Welcher Künstler war denn letztes Jahr mein liebster, bitte schön",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Ei verbibbsch, von wem hab ich denn in letzter Zeit so viel gehört",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Was war denn mein Lieblingslied im Oktober, wissen Sie das",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Sagen Se mir bitte meine drei meistgespielten Lieder von diesem Jahr",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Welches Liedl hab ich denn die letzten dreißig Tage am häufigsten gespielt",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ich denn dieses Jahr am meisten aufgelegt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mein Lieblingsalbum im Sommer, welches war das gleich nochmal",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ich denn am liebsten, bitte",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welche Sendung, äh, welcher Podcast lief denn seit Oktober am meisten",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief denn heute Musik in der Küche",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Stunden hab ich letzte Woche so Musik gehört, ungefähr",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="Wie lange hamm mir denn gestern Abend zugehört",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heute früh schon gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Nu, wie viel wurde denn vorgestern gespielt, insgesamt",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wie viele Folgen von dem Podcast hab ich diesen Monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich denn dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Sänger und Gruppen warn das im August",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich seit Montag gehört",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie viel unterschiedliche Stücke warn's denn insgesamt",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich denn die Bohemien Rapsodie gehört diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief'n die Kwien seit März",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab ich eechentlich Helene Fischer gehört",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Sagen Sie, hab ich gestern ooch was von Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief bei uns letztes Wochenende die Dschastiss",
        family="did_i",
        period="last_weekend",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="Lief heute Morgen die Däjli, diese Nachrichtensendung",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich im September Roland Kaiser gehört",
        family="did_i",
        period="september",
        name="Roland Kaiser",
    ),
    # what_played
    Fresh(
        text="Was hab ich denn gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief denn bei uns am dritten November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="Was hab ich heute Nachmittag gehört, bitte schön",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Was lief denn gestern um dreiviertel acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hat denn heute früh um achte gespielt",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was lief am Sonnabend um zwelfe Mittag",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="Was für Musik mag ich denn eigentlich, was meinen Sie",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreiben Sie mir doch bitte mal meinen Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Uhrzeit hör ich denn meistens Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Wochentag hör ich denn am meisten, gugge mal",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit neue Künstler entdeckt",
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
        text="Wie oft überspring ich denn Lieder, so im Schnitt",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich denn diese Woche weggedrückt",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Hör ich denn immer dasselbe wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft wiederhol ich denn was, so prozentual, letzten Monat",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon Musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Seit wie vielen Tagen am Stück hör ich denn schon jeden Tag was",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich denn die Dafd Pank zum ersten Mal gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wann lief denn dieses Sexy Boy zum allerersten Mal",
        family="first_play",
        name="Sexy Boy",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt Kaffee Takuba gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann lief denn das letzte Mal Don't Stop Me Now von Queen",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    # last_song
    Fresh(
        text="Was war denn das letzte Lied, was ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="Wie hieß denn nu das Lied, das ich zuletzt gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied bin ich denn heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="Was war heute das allererste Lied, bitte",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Mit welchem Lied hab ich denn gestern angefangen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Was war das erste Lied letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was war denn das letzte Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Womit hab ich denn den September beendet, musikalisch",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich denn am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Stück drück ich denn immer weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band drück ich denn immer gleich weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör ich denn zurzeit rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="Was ist denn gerade mein Dauerbrenner, welches Lied",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzählen Sie mir doch mal, wie mein Oktober so war",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Machen Sie mir bitte mal 'nen Rückblick aufs letzte Jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Wie war denn unser Sommer so, was Musik angeht",
        family="recap",
        period="summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr früh oder mehr abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher so ä Morgenhörer oder ä Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Nu, wann hör ich mehr, werktags oder am Sonnabend und Sonntag",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Läuft bei mir am Wochenende mehr Musik oder in der Woche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Seien Sie so gut und spielen Sie ma Queen in der Küche",
    "Mach ma bissl leiser bitte",
    "Ein bissel lauter, bitte schön",
    "Was ist denn das für ein Lied, was grad läuft",
    "Bitte das nächste Lied",
    "Halten Sie mal den Podcast an, bitte",
    "Machen Sie doch mal das Küchenlicht aus",
    "Spielen Sie bitte die Platte Discovery",
    "Bitte Zufallswiedergabe an",
    "Bitte das Lied immer wiederholen",
    "Stellen Sie mir bitte einen Wecker für halb sieben morgen früh",
    "Stellen Sie bitte einen Kurzzeitwecker auf zwölf Minuten für die Eier",
    "Wie wird denn das Wetter morgen in Dresden",
    "Schreiben Sie mir bitte Quark auf den Einkaufszettel",
    "Drehen Sie doch bitte die Heizung auf zweiundzwanzig Grad",
    "Was hör ich denn jetzt gerade",
    "Was läuft denn in der Küche grade",
    "Verbinden Sie bitte den Küchenlautsprecher mit dem im Wohnzimmer",
    "Spielen Sie mir bitte die neueste Folge von The Daily",
    "Ruhe bitte, Musik aus",
    "Wer singt denn das hier",
    "Bitte weiter mit dem Podcast",
    "Wie spät is'n es",
    "Rufen Sie bitte meine Tochter an",
    "Spielen Sie doch mal was von Semino Rossi",
]
