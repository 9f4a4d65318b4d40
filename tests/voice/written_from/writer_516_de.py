"""Writer 516, eine gesprächige Schwäbin aus Stuttgart, Anfang sechzig, die gern ausschweift (schwäbische Färbung), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag amol, wen hab i denn diesen Monat am meischte g'hört? Mei Enkele meint ja, des wär immer des Gleiche",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer war denn mein Künstler vom letzten Jahr, also zwanzig fünfundzwanzig? I weiß es nimmer, so schnell vergeht die Zeit",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Wen hab i in letzter Zeit eigentlich so rauf und runter g'hört?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wer war mein Lieblingskünstler in de letzte drei Monat, weisch des?",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Was isch denn mein Lieblingslied diesen Monat, so vom Spiele her?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Nenn mir amol meine drei meischtg'spielte Lieder, des tät mi jetzt scho interessiere",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Welches Liedle lief denn diesen Sommer am häufigschte? Do war i ja dauernd im Gärtle bei de Tomate",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Welches Lied hab i im August am meischte g'spielt? Do war doch die Hitz, gell",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="Welches Album hab i dieses Jahr am meischte g'hört?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum seit Oktober, was wär denn des?",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="Welchen Podcast hör i denn am liebschte? I hör ja so viel nebenher beim Bügle",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast war letzten Monat bei mir vorne dran?",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="Wie lang lief denn heut scho Musik in der Küch? Des lauft ja bei mir den ganze Tag, do kann mei Mann sage was er will",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Stunde hab i letzte Woch g'hört, so ungefähr?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang hen mir denn im Oktober Musik laufe lasse, mei Mann und i?",
        family="listening_time",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie lang hab i in de letzte dreißig Tag Podcasts g'hört?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Seit März, wie viel Musik hab i do g'hört, in Stunde mein i?",
        family="listening_time",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="Wie viele Lieder hab i heut scho g'spielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft hab i am Samstag überhaupt ebbes laufe lasse, insgesamt? Do war doch Kehrwoch",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="Wie viele Folge hab i denn diesen Monat g'hört, von dene Podcasts?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie oft hab i zwanzig fünfundzwanzig überhaupt ebbes abg'spielt, alles zamme?",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab i denn dieses Jahr g'hört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel verschiedene Interprete waret des im September, weisch des?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder hab i letzte Woch g'hört?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Wie viel unterschiedliche Stückle waret's denn in de letzte sieben Tag?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Wie oft hab i diesen Monat Bohemian Rhapsody g'hört? Des mag i halt so, scho seit i a jung's Mädle war",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Queen hab i denn diese Woch g'hört?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief The Daily seit Montag?",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab i Helene Fischer g'hört, sag amol? D'Frau Häberle von nebe behauptet des",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Hab i geschtern Justice g'hört? I komm grad net drauf",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Hen mir vorgestern ebbes von Daft Punk laufe g'habt?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="Lief heut Nachmittag des Sexy Boy von Air?",
        family="did_i",
        period="this_afternoon",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Hab i letzten Sommer Andrea Berg g'hört? Do war i doch am Bodensee",
        family="did_i",
        period="last_summer",
        name="Andrea Berg",
    ),
    Fresh(
        text="In de letzte zwei Woche, hab i do Eres g'hört?",
        family="did_i",
        period="last_2_weeks",
        name="Eres",
    ),
    Fresh(
        text="Was hab i denn geschtern Obend g'hört? I war so müd, i weiß nix mehr",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl amol, was lief heut Morge?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was hen mir am letzte Freitag g'hört?",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="Was für Musik lief am dritte November? Do hat mei Schwester Geburtstag g'habt",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Was hab i denn am letzte Wochenend alles g'hört?",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="Was lief geschtern Obend so gege Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hat denn heut früh um halb neun g'spielt?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Geschtern um zwölfe mittags, was lief do?",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="Heut um Viertel nach fünf, was isch do g'laufe?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Wie tätsch du mein Musikg'schmack beschreibe?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für Musik mag i eigentlich, was meinsch? Mei Tochter sagt immer, i sei altmodisch",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör i denn meistens Musik, so von der Uhrzeit her?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Tag und um wie viel Uhr hör i am meischte?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab i in letzter Zeit ebbes Neues entdeckt, so neue Künstler?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab i diesen Monat zum erschte Mal g'hört?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie oft überspring i eigentlich was?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab i letzte Woch weggedrückt, also übersprunge?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Hör i immer des Gleiche? Wie oft wiederhol i denn Lieder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie arg hab i in letzter Zeit die gleiche Stückle wiederholt?",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="Wie viele Tag am Stück hab i jetzt scho ebbes g'hört?",
        family="streak",
    ),
    Fresh(
        text="Wie lang isch mei Serie, also Tag hintereinander, wo i ebbes g'hört hab?",
        family="streak",
    ),
    Fresh(
        text="Wann hab i Café Tacvba zum erschte Mal g'hört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann hör i eigentlich Justice, wann war des erschte Mal?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann hab i zuletzt Don't Stop Me Now g'hört?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann lief denn The Daily des letzte Mal?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab i des letzte Mal Roland Kaiser g'hört? Den hab i doch früher so gern g'hört",
        family="last_play",
        name="Roland Kaiser",
    ),
    Fresh(
        text="Was war des letzte Lied, des i g'hört hab?",
        family="last_song",
    ),
    Fresh(
        text="Was lief zuletzt? I hab's scho wieder vergesse, mei Kopf",
        family="last_song",
    ),
    Fresh(
        text="Was war heut des erschte Lied?",
        family="first_today",
    ),
    Fresh(
        text="Mit was bin i heut in de Tag g'startet, musikalisch?",
        family="first_today",
    ),
    Fresh(
        text="Was war geschtern des erschte Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit was hab i am Samstag ang'fange?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Was war letzte Nacht des letzte Lied?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Womit hab i letzte Woch aufg'hört?",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="Welches Lied drück i am häufigschte weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Stückle überspring i am meischte, des tät mi interessiere",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler überspring i am öfteschte?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen überspring i am meischte, also welche Band?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was lauft bei mir grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied kann i im Moment net lasse? Mei Mann verdreht scho d'Auge",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl amol, wie war mei Oktober so, vom Höre her?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir en Rückblick auf mei Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war mei Woch musikalisch?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Fass mir amol mei Höre z'samme, so en Überblick halt",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Hör i eher morgens oder eher obends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör i mehr am Nachmittag oder in der Nacht?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör i am Wocheend mehr als unter der Woch?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktags oder am Wochenende, wann lauft bei mir mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel amol Daft Punk in der Küch",
    "Mach d'Musik a bissle lauter, i hör nix beim Spätzle schabe",
    "Was isch des für a Lied?",
    "Überspring des Lied, des mag i net",
    "Halt amol den Podcast an, 's klingelt",
    "Nächschtes Lied bitte",
    "Mach des Licht in der Küch aus",
    "Spiel des Album Discovery",
    "Leiser, i telefonier grad mit meiner Schwester",
    "Zufallswiedergabe an",
    "Wiederhol des Lied, des isch so schö",
    "Stell en Timer auf zwanzig Minute für d'Maultasche",
    "Wie wird's Wetter morge? I will auf de Wochemarkt",
    "Schreib Butterbrezel auf d'Einkaufslischt",
    "Mach d'Heizung auf zweiezwanzig Grad",
    "Was lauft grad?",
    "Was lauft grad in der Küch?",
    "Spiel The Daily",
    "Verbind de Küchelautsprecher mit dem im Wohnzimmer",
    "Musik aus, jetzt isch Ruh",
    "Spiel ebbes von Queen, des macht mi glücklich",
    "Wer singt des?",
    "Weiter mit dem Podcast",
    "Wie spät isch's?",
]
