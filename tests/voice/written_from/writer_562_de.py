"""Writer 562, eine überschwängliche Kölner Karnevalistin Mitte fünfzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sach ens, wer wor dann dis Johr ming Nummer eins? Welcher Künstler, hä?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wat för en Band han ich letzte Woch am meisten jehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Die drei Künstler, die mer bei uns im Oktober am meisten jespielt han, wer wor dat, ne?",
        family="top_artists",
        period="october",
        count=3,
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Wat es dann ming Lieblingsleed, so insjesamt, alles zusammen?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="In dä Küch, welches Lied lief da diesen Monat am meisten?",
        family="top_tracks",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="Nenn mir ens die fünf meistjespielten Leeder vom letzten Sommer, Schätzje",
        family="top_tracks",
        period="last_summer",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Wat wor dis Johr bis jetz ming Album, dat wat am meisten lief?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Welche Platte han ich im September rauf und runter jespielt, wie jeck?",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="Wat för ne Podcast hör ich in letzter Zeit am liebsten, sach ens",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Meistjehörter Podcast letztes Johr?",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief hück bei mir Musik, wat schätzte?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden han ich jestern jehört, insjesamt?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Am Wochenende, wie lang han mer do Musik laufen jehabt, wir all zusamme?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder han ich seit Montag jespielt?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Wie oft wurd bei uns im August wat abjespielt, alles zusamme?",
        family="plays",
        period="august",
        person="we",
    ),
    Fresh(
        text="Wie viele Podcastfolgen han ich diese Woch jehört?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler han ich dis Johr jehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wat meinste, wie viele Bands wore et letzten Monat, verschiedene mein ich",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Leeder han ich in de letzte dreißig Tage jehört?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Seit Oktober, wie viele unterschiedliche Lieder liefen do?",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wie oft han ich Bohemian Rhapsody dis Johr jespielt? Dat es doch ming Hymne!",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief Daft Punk in de letzte drei Monat?",
        family="play_count",
        period="last_3_months",
        name="Daft Punk",
    ),
    Fresh(
        text="De Höhner, wie oft han ich die jehört, insjesamt?",
        family="play_count",
        period="all_time",
        name="Höhner",
    ),
    # did_i
    Fresh(
        text="Lief vörjestern wat von Justice?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Brings, die Jungs us Kölle, han ich die in letzter Zeit jespielt?",
        family="did_i",
        period="lately",
        name="Brings",
    ),
    Fresh(
        text="Dä Daily-Podcast, han ich dä hück Morje jehört oder nit?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="Wat han ich dann jestern Ovend jehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl ens, wat lief bei uns am Samstag?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Wat für Musik hatt ich hück Nachmittag an?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="Un die Ada, wat hät die diese Woch so jehört?",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Jestern Ovend, so um zehn nach acht, wat wor dat för e Leed?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Wat lief hück Morje um halb neun in dä Küch?",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="Hück um Viertel nach fünf, wat lief do jrad?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Wat för ne Musikjeschmack han ich eijentlich, sach ens ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mir ens mingen Jeschmack, so musikalisch, bin ich jeck?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens Musik, so vun dä Uhrzeit her?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Wochentag un um wie viel Uhr bin ich am meisten am Hören?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Han ich diesen Monat neue Künstler entdeckt, irjendwat Neues?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Bands han ich letztes Johr zum ersten Mal jehört?",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="Wie oft skip ich Lieder eijentlich, so prozentual?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel han ich letzten Monat wegjedrückt?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Hör ich immer datselbe? Wie oft spiel ich Leeder nochens?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie hoch es ming Wiederholungsrate dis Johr?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander han ich jetz schon Musik jehört?",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Wie lang es ming Serie, Tage am Stück mit Hören, ne?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann han ich Café Tacvba et eeschte Mal jehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Dat Leed Genesis, wann lief dat zum ersten Mal bei mir?",
        family="first_play",
        name="Genesis",
    ),
    # last_play
    Fresh(
        text="Wann lief dat letzte Mal Don't Stop Me Now? Dat es doch wie Fastelovend!",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann han ich zuletzt Air jehört?",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="Wat wor dat letzte Leed, wat ich jespielt han?",
        family="last_song",
    ),
    Fresh(
        text="Wat lief zuletzt? Dat allerletzte Lied, mein ich",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat wor hück dat eeschte Leed?",
        family="first_today",
    ),
    Fresh(
        text="Womit bin ich hück in dä Daach jestartet, musikalisch?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat wor et eeschte Lied am Samstag?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Womit han ich letzte Woch anjefangen, dat allereeschte Stück?",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="Wat wor et letzte Leed jestern?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wat han ich letzten Freitag Schluss jemacht, musikalisch?",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück ich am häufigsten weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wat es dat meistjeskippte Leed in letzter Zeit?",
        family="most_skipped",
        period="lately",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welcher Band drück ich am öftesten weiter, dat will ich wissen",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat es jrad ming Ohrwurm, dat Lied, wat ich dauernd spiel?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Leed läuft bei mir zurzeit in Dauerschleife?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Jetz mach ens ne Rückblick op dä Oktober, wie wor dat so?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie wor ming Johr bis jetz, so als Rückblick, Alaaf!",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Jib mir ens ne Zusammenfassung von mingem Hören",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morjens oder mehr ovends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher ne Morjenhörerin oder ne Nachteule, wat meinste?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Lief bei mir mehr Musik werktags oder am Wochenende?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktags oder Wochenende, wann hab ich letzten Monat mehr jehört?",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "Spiel ens Daft Punk in dä Küch",
    "Mach ens lauter, dat es so schön!",
    "Wat es dat för e Leed, wat jrad läuft?",
    "Nächstes Lied, dat es mir zu traurig",
    "Pause, et klingelt an dä Dür",
    "Mach dat Licht in dä Küch aus",
    "Spiel dat Album Discovery",
    "Leiser, dä Nachbar meckert wieder",
    "Zufallswiedergabe an",
    "Dat Lied in Dauerschleife, bitte",
    "Stell ne Timer op zwanzig Minuten för de Rievkooche",
    "Wie wird et Wetter morje in Kölle?",
    "Schreib Kamelle op de Einkaufsliste",
    "Dreh die Heizung op zweiundzwanzig",
    "Wat hör ich jrad?",
    "Spiel Karnevalsmusik, Alaaf!",
    "Spiel de Höhner in dä Küch",
    "Verbind dä Küchenlautsprecher mit dem im Wohnzimmer",
    "Dä Podcast anhalten",
    "Spul ens dreißig Sekunden zurück",
    "Mach die Musik aus, ich muss telefonieren",
    "Wie spät es et?",
    "Spiel Bohemian Rhapsody, janz laut",
    "Weck mich morje um sieben",
    "Nächste Folge vun The Daily",
]
