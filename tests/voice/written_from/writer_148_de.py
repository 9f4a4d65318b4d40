"""Writer 148, chatty joking Saarland dad, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ei jo, sag emol, wer war dann mei Lieblingskünstler letscht Woch?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="hann ich geschder Queen gehört? Ich mään, ich hätt beim Schwenke mitgesung",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="was lief dann geschder Abend so um Viertel nach acht, gell",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="wie viele Lieder hann ich heit schon gespielt? Mehr wie Lyoner im Kühlschrank?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Was war dann mei Lied vum Monat? Net vum Mund, haha, des is was anneres",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nenn mir emol mei drei meischtgespielte Lieder, ei jo",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Welches Album hann ich in letschter Zeit rauf und runner gehört?",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="was is eigentlich mei Lieblingspodcast? Der wo beim Grille immer läuft",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lang lief heit Morje de Musik? Ich hann nur mei Kaffee getrunk, gell, un schwupps war de Morje rum",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hann ich dann des Johr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder waren's dann im Oktober?",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="Galileo, Galileo! Wie oft hann ich Bohemian Rhapsody die Woch gespielt?",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="was hann ich dann geschder Owend so gehört, beim Koche",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was for Musik hör ich eigentlich gern, wenn de mich fragscht? Sag jetzt net Schlager",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich eigentlich am meischte, so vun de Uhrzeit und vum Wochedaach her",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hann ich in letschter Zeit neue Künstler entdeckt oder immer de alte Kram?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft skipp ich eigentlich Lieder? Mei Fraa sagt, ich hätt en nervöse Daume",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hinnereinanner hann ich jetzt schon ebbes laufe gehabt?",
        family="streak",
    ),
    Fresh(
        text="Wann hann ich es erschte Mol Café Tacvba gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hann ich dann zuletzt Sexy Boy gespielt, ei jo",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="was war dann es letschte Lied, wo ich gespielt hann?",
        family="last_song",
    ),
    Fresh(
        text="mit welchem Lied bin ich heit wach wor? Des erschte, mään ich",
        family="first_today",
    ),
    Fresh(
        text="Was war es erschte Lied vorgeschder?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit was hann ich am Samschdaach uffgehört, also es letschte Lied vum Daach",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welches Lied skipp ich am meischte? Des fliegt raus, gell!",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bei welchem Künstler drück ich am öfteschte uff weiter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was is dann zurzeit mei Ohrwurm, des Lied wo ich dauernd laufe hann?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl emol, wie war mei November bis jetzt, so musikalisch?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hör ich mehr morjens oder owends? Bin ich e Lerch oder e Eul, haha",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Samschdaachs un Sonndaachs, läuft do bei mir mehr wie werktags?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer dieselwe Lieder? Sei ehrlich, gell, ich kann's vertraan",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="in de Küche, welcher Künstler läuft do am meischte?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="was hann mir, ei, was hann wir letscht Wochenend gehört, beim Grille?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Was hat dann die Ada am Samschdaach so gehört?",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="hann ich de Monat Radiohead gehört? Mei Neffe schwärmt do so devun",
        family="did_i",
        period="this_month",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft lief dann One More Time vun Daft Punk im letschte Monat?",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Top fünf Künstler im Johr zweitausendfünfunzwanzig, ei jo, loss höre",
        family="top_artists",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="wie viele Stunde Musik hann ich die letschte siebe Daach gehört?",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Wie viele Folge vun The Daily hann ich im September gehört?",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="wie viele Podcastfolge hann ich seit Oktober gehört, so ungefähr",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="welches Album hann ich im Summer am meischte gehört?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="was lief dann heit Nommidaach so um Viertel nach fünf?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wann lief zuletzt The Daily? Ich muss doch informiert sinn",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="hann ich seit Montag irgendebbes vun Air gehört?",
        family="did_i",
        period="since_monday",
        name="Air",
    ),
    Fresh(
        text="wie war mei Johr so? Mach emol en Rückblick, awwer de gudde Teil zuerscht",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie viele Lieder hann ich dann letscht Johr übersprung?",
        family="skips",
        period="last_year",
    ),
    Fresh(
        text="was lief dann letscht Naacht so gegen neun? Ich war schon halb am penne uff de Couch",
        family="playing_at",
        moment="2026-11-19 21:00",
    ),
    Fresh(
        text="Was war's erschte Lied am letschte Freidaach?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="wie lang lief dann letscht Naacht Musik bei mir, ei jo",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="Wie viele Lieder sin dann am dritte November gelaaf?",
        family="plays",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="in de letschte drei Monat, hann ich do neue Künstler gefunn?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wer war dann mei Lieblingsband im letschte Summer? Der wo so heiß war",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="welchen Podcast hann ich in de letschte dreißig Daach am meischte gehört?",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele verschiedene Künstler waren's dann seit März",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Wie oft hann ich im August Wet Leg gehört? Mei Dochter meint, des wär ebbes",
        family="play_count",
        period="august",
        name="Wet Leg",
    ),
    Fresh(
        text="wann is mir Justice es erschte Mol unnergekomm?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="was lief dann heit Nommidaach so, während ich im Gaade war?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was is dann in letschter Zeit mei Lieblingslied, also es meischtgespielte?",
        family="top_tracks",
        period="lately",
    ),
    Fresh(
        text="sag emol, was für Musik is dann so mei Ding? Eher Rock oder so Elektrozeug?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="zu welcher Uhrzeit hör ich's meischte, gell, und an welchem Daach?",
        family="peak",
        period="all_time",
    ),
]

NEGATIVES = [
    "Ei jo, spiel emol Daft Punk in de Küche",
    "mach de Musik lauter, ich hör nix beim Schwenke",
    "was is dann dat für e Lied grad?",
    "überspring des Lied, des is nix",
    "mach Pause beim Podcast, mei Fraa schwätzt",
    "mach's Licht in de Küche aus, gell",
    "stell emol en Timer uff zehn Minute for die Lyoner",
    "wie werd's Wetter morje in Saarbrigge",
    "schreib Maggi uff die Einkaufsliste, mir sin blank",
    "dreh die Heizung hoch, es is kalt wie im Keller",
    "was hör ich dann grad, des is gudd",
    "spiel emol Bohemian Rhapsody, awwer richtig laut",
    "mach lauter in de Küche, ich hör de Musik net",
    "nächstes Lied im Wohnzimmer, bitte",
    "spiel es Album Discovery, ei jo",
    "mach emol Zufallswiedergabe an, überrasch mich",
    "wiederhol des Lied in Dauerschleife, des is gudd",
    "spiel die neu Folg vun The Daily",
    "verbind de Küchelautsprecher mit dem im Wohnzimmer",
    "mach de Musik aus, es Esse is fertig",
    "wer singt dann des do grad?",
    "leiser bitte, de Kleen schläft",
    "stell en Wecker uff sechs Uhr, ich muss uff die Schicht",
    "was läuft dann grad in de Küche",
    "spul emol dreißig Sekunde vor, die Werbung nervt",
]
