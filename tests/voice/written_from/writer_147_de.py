"""Writer 147, home-office worker talking corporate Denglisch (Frankfurt banker), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="YTD, wer ist eigentlich mein Top-Künstler?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Letzte Woche, quick Frage: welcher Artist lief bei mir am meisten",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="diesen Monat was ist mein meistgespielter Track",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Im Sommer, meine Top drei Songs bitte, kurz und knackig",
        family="top_tracks",
        period="summer",
        count=3,
    ),
    Fresh(
        text="Welches Album hab ich dieses Jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Was ist so mein Go-to-Podcast?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Heute, wie lange lief bei mir schon Musik? War quasi nonstop im Call",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich diese Woche insgesamt gehört, grob geschätzt",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Gestern, wie viele Songs hab ich gespielt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Episoden hab ich diesen Monat weggehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hatte ich dieses Jahr am Start",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Seit Oktober, wie viele unterschiedliche Songs waren das?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wie oft lief Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Gestern im Homeoffice, hab ich da Queen gehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Gestern Abend, was hab ich so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief gestern so gegen Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Wie würdest du meinen Musikgeschmack beschreiben, so High-Level",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich normalerweise Musik, also Uhrzeit und Wochentag?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Streak-Check: wie viele Tage am Stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich zum ersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief zuletzt The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Letzten Monat, mein Top-Podcast?",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="In letzter Zeit, welcher Künstler ist bei mir so richtig on fire",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine Top fünf Tracks letztes Jahr, kannst du mir die committen",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Welche Platte hatten wir letzten Monat in der Küche am meisten laufen",
        family="top_albums",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="Am Wochenende, wie lange lief bei uns Musik, so insgesamt",
        family="listening_time",
        period="last_weekend",
        person="we",
        content="music",
    ),
    Fresh(
        text="Letzte sieben Tage, wie viele Plays insgesamt?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele verschiedene Artists hab ich letzte Woche gehört",
        family="artists_count",
        period="last_week",
    ),
    Fresh(
        text="Daft Punk, wie oft hab ich die YTD gespielt",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich eigentlich Radiohead gehört, insgesamt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="lief in letzter Zeit mal was von Café Tacvba",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="Hab ich heute Morgen noch The Daily gehört, bevor das Meeting gecancelt wurde?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Vorgestern, was lief da bei mir so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Samstag, was hab ich da für Musik gehört",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="Heute früh um halb neun, was lief da?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was lief heute Nachmittag so um Viertel nach fünf in der Küche",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    Fresh(
        text="Neue Künstler diesen Monat, hab ich da wen entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie hoch ist meine Skip-Rate eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel wiederhol ich dieselben Songs, so Repeat-Rate mäßig",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Was war der letzte Song, den ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="Womit hab ich heute den Tag gestartet, Song-mäßig",
        family="first_today",
    ),
    Fresh(
        text="Gestern, was war da der erste Track",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Letzten Freitag, was war der letzte Song, bevor ich Feierabend gemacht hab",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welchen Song skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Artist skip ich am meisten, ehrlich jetzt",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welcher Song läuft bei mir gerade so in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Gib mir mal meinen Wochenend-Recap vom letzten Wochenende",
        family="recap",
        period="last_weekend",
    ),
    Fresh(
        text="Oktober, kurzer Recap bitte, wie lief's musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mach mir mal so einen Jahresrückblick, Deep Dive gern",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Bin ich eher so Morgen- oder Abendhörer?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich unter der Woche mehr oder am Wochenende? Will mein Bauchgefühl mal challengen",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wann hab ich zuletzt Wet Leg gehört",
        family="last_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Seit März, wie viele Stunden Podcasts waren das",
        family="listening_time",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="Letzte Nacht, was lief da noch so",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Am dritten November, womit hab ich angefangen",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="In den letzten 30 Tagen, Top-Album?",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viele verschiedene Songs hab ich insgesamt schon gehört",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="Diesen Monat, hör ich da mehr vormittags oder abends",
        family="compare_day_parts",
        period="this_month",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche, ich hab gleich einen Call",
    "Musik leiser, ich bin im Call",
    "Pausier mal den Podcast, Meeting geht los",
    "Stell einen Timer auf fünfundzwanzig Minuten, Deep-Work-Block",
    "Wie wird das Wetter heute bis EOD",
    "Setz Hafermilch auf die Einkaufsliste",
    "Nächster Song",
    "Was ist das für ein Song",
    "Was hör ich gerade",
    "Mach das Licht in der Küche aus",
    "Lautstärke auf vier",
    "Überspring den Song",
    "Spiel das Album Discovery in der Küche",
    "Stell die Heizung auf einundzwanzig Grad",
    "Shuffle an bitte",
    "Wiederholung aus",
    "Gruppier die Lautsprecher in Küche und Wohnzimmer",
    "Was läuft gerade in der Küche",
    "Mach mal lauter, Call ist durch",
    "Spiel die neueste Folge von The Daily",
    "Stopp, ich bin gleich im Meeting",
    "Erinner mich EOD an die Deadline für das Deck",
    "Weiter mit der Musik, Meeting wurde gecancelt",
    "Spiel was Ruhiges für Focus Time",
]
