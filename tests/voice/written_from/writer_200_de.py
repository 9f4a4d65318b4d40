"""Writer 200, code-switcher (Denglisch office worker), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag mal, welcher Artist ist diese Woche bei mir auf Platz eins?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="kannst du mal checken wen ich in letzter Zeit am meisten gestreamt hab",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Top Five Artists letztes Jahr, bitte",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Wer war bei uns im Oktober so der meistgehörte Künstler?",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Was ist eigentlich mein Lieblingssong diesen Monat, so ganz ehrlich",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Gib mir mal meine Top Three Tracks seit März",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="In der Küche, welcher Song läuft da am häufigsten?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Top Song letzten Sommer, weißt du das noch?",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab ich im Sommer am meisten gestreamt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mein Top-Album ever, quick check bitte",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast ist gerade so mein Go-to?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Top Podcast im September?",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="Wie viele Stunden Musik hab ich heute schon gestreamt",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lange haben wir letzte Woche insgesamt gehört?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Listening Time der letzten 30 Tage, kannst du mir das mal rausziehen",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="wie lange lief heute Nachmittag was in der Küche",
        family="listening_time",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="Wie lange hat Ada heute früh gehört?",
        family="listening_time",
        period="this_morning",
        person="Ada",
    ),
    # plays
    Fresh(
        text="Wie viele Songs hab ich gestern gestreamt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Streams insgesamt im August, wie viele waren das",
        family="plays",
        period="august",
    ),
    Fresh(
        text="Anzahl Podcast-Episoden diesen Monat, nur so als KPI",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Plays hatte ich in den letzten zwei Wochen",
        family="plays",
        period="last_2_weeks",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Artists hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Mit wie vielen unterschiedlichen Künstlern hatte ich letzten Monat so Touchpoints?",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="Wie viele unterschiedliche Tracks waren's seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder insgesamt, so overall?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich Bohemian Rhapsody diesen Monat gestreamt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Daft Punk lief bei mir in den letzten sieben Tagen?",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily, wie oft hab ich das diese Woche gehört",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="wie oft lief eigentlich Radiohead bei mir",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief vorgestern irgendwas von Air?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Hab ich jemals Wet Leg gestreamt",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="Haben wir am Samstag Don't Stop Me Now gehört?",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Digital Love letzten Freitag, lief das?",
        family="did_i",
        period="last_friday",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="Was hab ich gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief heute Morgen, gib mir mal ein kurzes Update",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was hab ich am 3. November gestreamt?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was für Musik lief letzte Nacht",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="Was lief bei uns am Wochenende, so grob das Overview",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend so um Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Welcher Song lief heute so um zehn nach fünf nachmittags?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Mittwoch um neun Uhr abends, was lief da?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="Was hab ich eigentlich für einen Musikgeschmack, so in a nutshell",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mal meinen Taste, was bin ich so für ein Typ",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Uhrzeit hör ich normalerweise, und an welchem Wochentag am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann ist so meine Peak Time beim Hören",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Neue Artists diesen Monat, hab ich wen entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler hab ich in den letzten drei Monaten zum ersten Mal gehört",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="Wie hoch ist eigentlich meine Skip-Rate?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft hab ich diese Woche geskippt",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Wie hoch ist so meine Repeat-Rate, hör ich immer das Gleiche?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Seit Oktober, wie viel davon war einfach Replay vom selben Zeug",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt schon gehört?",
        family="streak",
    ),
    Fresh(
        text="Wie lang ist meine Streak aktuell",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Cafe Tacuba zum ersten Mal gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann ist Phantom in meiner History, also das erste Mal?",
        family="first_play",
        name="Phantom",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Sexy Boy?",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann hab ich das letzte Mal Queen gestreamt",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="Was war der letzte Song, den ich gehört hab?",
        family="last_song",
    ),
    Fresh(
        text="Letzter Track, quick check",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war heute mein erster Song",
        family="first_today",
    ),
    Fresh(
        text="Womit bin ich heute in den Tag gestartet, so musikmäßig?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war gestern der erste Track?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Erster Song letzte Woche?",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="Womit hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Was war der letzte Song am Samstag?",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welchen Song skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Artist skipp ich am meisten, so ehrlich gesagt",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was hab ich gerade auf Repeat?",
        family="on_repeat",
    ),
    Fresh(
        text="welcher Track ist bei mir grad in Heavy Rotation",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gib mir mal nen Recap von meinem Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie war meine Woche so, gib mir das Weekly Recap",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mach mir mal ein Jahres-Review, so Wrapped-mäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Erzähl mal, wie war unser Jahr 2025 so, gib mir die Highlights",
        family="recap",
        period="in_2025",
        person="we",
    ),
    Fresh(
        text="Kurzes Briefing zu meinem Listening bitte",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich eigentlich mehr morgens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich diesen Monat eher so Morning Listener oder Night Listener",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Weekdays vs. Weekend, wann hör ich mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Streame ich dieses Jahr unter der Woche mehr Musik als samstags und sonntags",
        family="compare_week",
        period="this_year",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Mach die Musik mal lauter",
    "Skip den Song, bitte",
    "Pausier den Podcast, ich hab gleich nen Call",
    "Was ist das für ein Song?",
    "Was läuft gerade in der Küche",
    "Nächster Track im Wohnzimmer",
    "Mach das Licht in der Küche aus",
    "Spiel das Album Discovery",
    "Lautstärke auf dreißig Prozent",
    "Shuffle an",
    "Repeat-Modus aus bitte",
    "Gruppier mal die Speaker in Küche und Wohnzimmer",
    "Stell nen Timer auf zehn Minuten",
    "Wie wird das Wetter morgen, brauch ich nen Schirm?",
    "Setz Hafermilch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "Was hör ich gerade?",
    "Spiel die neueste Folge von The Daily",
    "Füg den Song zu meiner Playlist hinzu",
    "Stopp die Musik, das Meeting startet",
    "Mach mal ne Focus-Playlist an",
    "Erinner mich um fünf an das Weekly",
    "Spul dreißig Sekunden vor",
    "Von welchem Album ist der Song?",
    "Spiel was Chilliges fürs Home Office",
    "Lautsprecher in der Küche stumm schalten",
    "Weck mich morgen um sieben",
    "Spiel Queen im ganzen Haus",
    "Mach den vorherigen Track nochmal",
]
