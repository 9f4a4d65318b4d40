"""Writer 215, radio-presenter type (Westphalian Münsterland German, station jargon), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sach ma, wer war letzte Woche bei mir auf Platz eins in den Charts, wat für'n Künstler?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Künstler des Jahres bei mir, wer is dat bis jetzt",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="gib ma die Top drei Bands seit Oktober durch, so wie im Countdown",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Wer hatte in der Küche überhaupt dat meiste Airplay, aller Zeiten?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Wat war mein Lied des Monats, dat mit den meisten Spins?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="die fünf meistgespielten Lieder zwanzig fünfundzwanzig, zähl ma runter",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="Welcher Song hatte im Sommer bei mir dat meiste Airplay, wat kam da auf Platz eins?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Wat war mein Lieblingsalbum im Oktober?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="welche Platte lief letzten Sommer am häufigsten, dat Album mein ich, nich die Single",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast is in letzter Zeit mein Favorit, so richtig?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistgehörter Podcast dieses Jahr, wat war dat",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="Wie viel Sendezeit hatte ich heute, Musik mein ich, wie lange lief dat?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzte Woche insgesamt gehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lange lief bei uns am Wochenende Musik, so alles zusammen?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich gestern gespielt, so insgesamt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen hab ich seit Montag gehört",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Heute Morgen, wie viele Spins waren dat gesamt, bevor ich auf die Leeze bin?",
        family="plays",
        period="this_morning",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hatte ich in den letzten zwei Wochen in der Rotation?",
        family="artists_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="wie viele unterschiedliche Interpreten liefen im September",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich dieses Jahr gespielt?",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="wat meinste, wie viele unterschiedliche Titel liefen die letzten drei Monate, sach ma die Zahl",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody von Queen dieses Jahr?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="wie viel Daft Punk hatte ich diese Woche auf'm Plattenteller",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="The Weeknd, wie oft hab ich den überhaupt gespielt?",
        family="play_count",
        period="all_time",
        name="The Weeknd",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Abend Justice gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="lief letzten Freitag bei uns The Daily",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Wat is mit Café Tacvba, lief dat in letzter Zeit ma?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="war Radiohead dieses Jahr nich ma dran, kann dat sein",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="Wat hab ich vorgestern so gehört, erzähl ma",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wat lief heute Nachmittag in der Küche",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="Erzähl ma, wat lief letzte Nacht so auf Sendung?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hatte ich am dritten November so für Musik laufen",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Wat lief gestern Abend so um Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was war heute früh um halb neun dran",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Um Viertel nach fünf heute, wat lief da?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Mittwoch Mittag um zwölf, wat lief da in der Küche",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Wie würdest du meinen Musikgeschmack beschreiben, so für die Anmoderation?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wat für Musik hör ich eigentlich so, sach ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich normalerweise, so welche Uhrzeit und welcher Wochentag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wat is meine Primetime, wann hab ich meistens wat laufen",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit neue Künstler entdeckt, wat Frisches?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Bands waren letztes Jahr neu bei mir in der Rotation",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="Wie oft skip ich eigentlich, wat is meine Skiprate?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Lieder hab ich diese Woche weggedrückt, von wie vielen",
        family="skips",
        period="this_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dieselben Lieder? Wie hoch is meine Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft hab ich im August dieselben Titel nochmal gespielt, so Wiederholungen",
        family="repeat",
        period="august",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich gezz schon gehört?",
        family="streak",
    ),
    Fresh(
        text="wat is meine Serie, so Tage hintereinander mit Musik, ohne Sendepause",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice dat erste Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann is One More Time von Daft Punk bei mir drin, wann lief dat zum ersten Mal",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Wet Leg, wann lief dat zum ersten Mal bei mir?",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt Queen gehört?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief La femme d'argent dat letzte Mal",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="Sach ma, The Daily, wann war dat zuletzt auf Sendung?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied, dat ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="letzter Titel überhaupt, wat lief da zuletzt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Womit bin ich heute wach geworden, so dat erste Lied?",
        family="first_today",
    ),
    Fresh(
        text="wat war heute mein Opener, erster Song",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war dat erste Lied gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit wat hab ich am Samstag angefangen, erster Titel",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Erster Song im September, wat war dat noch?",
        family="first_in",
        period="september",
    ),
    # last_in
    Fresh(
        text="Womit hab ich letzten Freitag aufgehört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="wat war gestern Abend der Rausschmeißer, dat letzte Lied",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Letzter Titel vorgestern?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück ich am häufigsten weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat is der Song, den ich am meisten skippe",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler skip ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welcher Band drück ich am öftesten weiter, dat will ich gezz wissen",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat läuft bei mir gezz grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="welcher Song is bei mir im Moment in Heavy Rotation",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma, wie war mein Oktober so, musikalisch?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach ma 'n Jahresrückblick für mich, so wie im Radio",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war unsere letzte Woche so, musikmäßig, kurzer Rückblick?",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="lass uns ma küern über meine Woche, fass dat ma zusammen",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich eher morgens oder eher abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich mehr so'n Frühhörer oder eher nachmittags dran",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochentage oder Wochenende, wann lief bei mir mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="läuft bei mir samstags und sonntags mehr Musik als unter der Woche, seit März mein ich",
        family="compare_week",
        period="since_march",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk in der Küche",
    "mach dat ma lauter, gezz kommt der Refrain",
    "Nächstes Lied, dat is nix",
    "wat läuft da gerade in der Küche",
    "Wat is dat für'n Lied?",
    "pausier ma den Podcast, ich muss kurz raus zur Leeze",
    "Licht in der Küche aus, bitte",
    "Spiel dat Album Discovery",
    "mach ma Zufallswiedergabe an",
    "Wiederholung aus, dat reicht gezz",
    "Küchenlautsprecher mit dem Wohnzimmer koppeln",
    "stell 'nen Timer auf zehn Minuten",
    "Wie wird dat Wetter morgen in Münster, kann ich mit der Leeze übers Pättken?",
    "schreib Milch auf die Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "Wat hör ich gerade?",
    "Lautstärke auf fünf in der Küche",
    "spiel die neueste Folge von The Daily",
    "Musik aus, ich will küern",
    "mach dat leiser, ich telefonier",
    "Spiel wat von Queen, Bohemian Rhapsody",
    "weiter mit dem Podcast",
    "Spul ma dreißig Sekunden zurück",
    "von wem is dat Lied gerade",
    "Spiel WDR 2 in der Küche",
    "Musik ins Wohnzimmer rüber, aber zack",
    "weck mich morgen um sieben",
    "Nächste Folge bitte",
    "stell Justice auf Repeat",
]
