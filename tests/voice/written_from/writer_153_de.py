"""Writer 153, grandparent (Swabian grandmother), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag amol, wen hab i denn die Woch am meischde g'hört, gell?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Was isch denn mei Lieblingsliedle den Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welche Platte hab i dies Johr am meischde laufe lasse",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Welcher Podcast lauft bei mir am meischde, des Nachrichtending?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lang hat des Radio geschdern g'laufe?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="wie viel Liedle hab i heut scho g'hört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel verschiedene Künschtler hab i letschde Monat g'hört?",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="Wie viel verschiedene Liedle waret des im Oktober?",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="Wie oft hab i des Bohemian Rhapsody die Woch g'spielt? Des isch hald so schee",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab i geschdern Obend Queen g'hört, gell",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Was hab i denn vorgeschdern g'hört? I woiß es nemme",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was isch geschdern Obend so gege Viertel vor acht g'laufe?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was für a Musik mag i eigentlich, was moinsch?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör i denn meischdens, um welche Uhrzeit und an welchem Wochetag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab i in letschder Zeit neue Künschtler entdeckt oder isch des alles s'Alte?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wie oft drück i denn weiter? Überspring i viel?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör i hald immer die gleiche Liedle, ha?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel Täg am Stück hab i jetzt scho ebbes g'hört?",
        family="streak",
    ),
    Fresh(
        text="Wann hab i zum erschde Mol Daft Punk g'hört?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann hab i des letschde Mol Air laufe lasse",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Was war des letschde Liedle, wo i g'hört hab?",
        family="last_song",
    ),
    Fresh(
        text="Was war heut des allererschde Liedle, glei nach em Aufstehe?",
        family="first_today",
    ),
    Fresh(
        text="was war des erschde Liedle geschdern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am letschde Freidig, was hab i do als Letschdes g'hört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Liedle überspring i am meischde?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künschtler drück i am öfteschde weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was hab i grad so in Dauerschleife, des Liedle, des mir net aus em Kopf goht?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal, wie war mei Oktober mit em Radio?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Hör i mehr morgens oder obends, was moinsch?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenend mehr Musik als unter der Woch",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wen hemmer letschde Woch am meischde g'hört?",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Was hemmer am Wochenend g'hört, wo d'Enkele do waret?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Hat d'Ada geschdern Justice g'hört?",
        family="did_i",
        period="yesterday",
        name="Justice",
        person="Ada",
    ),
    Fresh(
        text="hab i jemols Heino g'hört, des wär doch was",
        family="did_i",
        period="all_time",
        name="Heino",
    ),
    Fresh(
        text="Wann hab i zum erschde Mol Roland Kaiser g'hört?",
        family="first_play",
        name="Roland Kaiser",
    ),
    Fresh(
        text="Was isch heut früh um achte g'laufe?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Die drei Liedle, wo i dies Johr am meischde g'hört hab, welche sin des?",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="wie lang hab i im Sommer Musik g'hört, so insgesamt",
        family="listening_time",
        period="summer",
        content="music",
    ),
    Fresh(
        text="Wie oft isch Don't Stop Me Now seit Oktober g'laufe?",
        family="play_count",
        period="since_october",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Gib mir mal an Rückblick auf mei Johr, bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="was hab i letschde Nacht g'hört, i hab hald net schlofe könne",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Wie viel Folge vo dem Podcast hab i den Monat g'hört?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="hab i in de letschde dreißig Täg ebbes Neus entdeckt, an neue Künschtler",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="Was war am dritte November des erschde Liedle?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Wer war letschds Johr mei Künschtler des Johres?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Des Eres vom Café Tacvba, wann hab i des zuletscht g'hört?",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="welches Album isch letschde Summer am meischde g'laufe",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Wie lang hab i am Samstag g'hört?",
        family="listening_time",
        period="saturday",
    ),
    Fresh(
        text="In der Küch, welcher Künschtler lauft do am meischde?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="wann hab i The Daily des letschde Mol g'hört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was isch heut Nachmittag um halb sechse g'laufe?",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="Wie oft hab i seit März übersprunge?",
        family="skips",
        period="since_march",
    ),
    Fresh(
        text="Wie viel Lieder hemmer im Auguscht g'hört, wo's so heiß war?",
        family="plays",
        period="august",
        content="music",
        person="we",
    ),
    Fresh(
        text="wann hab i Sexy Boy zum erschde Mol g'hört, des vo dene Franzose",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Hab i seit Montag gar koi Daft Punk g'hört?",
        family="did_i",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="Was war des letschde Liedle am Samstag?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="was hab i heut Nachmittag g'hört, wo i Kuche bache hab",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wie oft isch die Moon Safari in de letschde drei Monat g'laufe?",
        family="play_count",
        period="last_3_months",
        name="Moon Safari",
    ),
    Fresh(
        text="Hör i in letschder Zeit viel des Gleiche nomol?",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="Erzähl mal, wie isch mei Woch g'laufe?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="was hab i geschdern Obend um zehn nach acht g'hört",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Hab i die Helene Fischer dies Johr überhaupt scho mol laufe lasse?",
        family="did_i",
        period="this_year",
        name="Helene Fischer",
    ),
]

NEGATIVES = [
    "Mach amol des Radio an in der Küch",
    "Spiel mir Queen, gell",
    "Mach des leiser, des isch ja viel z'laut",
    "Was isch des für a Liedle, wo grad lauft?",
    "Des Liedle mag i nemme, des nächschde bitte",
    "Halt amol a, s'Telefon klingelt",
    "Wie wird des Wetter morge?",
    "Stell an Timer auf zwanzig Minute für d'Spätzle",
    "Schreib Mehl und Eier auf d'Einkaufslischt",
    "Mach s'Licht in der Küch aus",
    "Dreh d'Heizung a bissle auf, s'isch kalt",
    "Spiel des Album Discovery",
    "Lauter bitte, i hör ja nix",
    "Was hör i denn grad?",
    "Misch die Liedle durch, so zufällig hald",
    "Des Liedle nomol und nomol, stell des auf Wiederhole",
    "Verbind den Lautsprecher in der Küch mit dem im Wohnzimmer",
    "Spiel The Daily ab, die neuschde Folge",
    "Mach d'Musik aus, i geh jetzt in Garte schaffe",
    "Nächschdes Liedle im Wohnzimmer",
    "Wie spät isch's, gell?",
    "Erinner mi um sechse, dass i d'Enkele abhol",
    "Spiel ebbes Schöns für d'Enkele",
    "Wer singt des do grad?",
    "Spiel Justice in der Küch, aber net so laut",
]
