"""Writer 475, a Berlin hipster (Berlinerisch with English loanwords), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="ey wer war'n letzte Woche so mein Top-Artist, wat meinste",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="uff, auf wen war ick in letzter Zeit so komplett hängengeblieben, artistmäßig jetzte",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="gib ma meine Top drei Künstler von diesem Jahr, so Ranking-Style",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="seit Oktober, wer is da so mein Number One Artist, ehrlich",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="wat is'n mein Lieblingssong diesen Monat, also so der meistgespielte",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="fünf meistgespielte Tracks ever, hau ma raus",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="letzte sieben Tage, welcher Track war da so Nummer eins bei mir",
        family="top_tracks",
        period="last_7_days",
    ),
    Fresh(
        text="welches Album hab ick im Sommer so rauf und runter gehört, so random Frage",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="wat is'n eigentlich mein Lieblingsalbum, so insgesamt, die Platte schlechthin",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welcher Podcast war'n in letzter Zeit so mein Go-to",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief bei mir heute schon Mucke, so grob",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden lief bei uns letzte Woche so Zeug, insgesamt jetzte",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="sag ma, wie lange hab ick heute früh so gehört",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="wie viel Zeit hab ick im September mit Mucke verbracht, is bestimmt krass viel",
        family="listening_time",
        period="september",
        content="music",
    ),
    Fresh(
        text="wie viele Songs liefen heute schon bei mir, so ballpark",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="gestern Abend, wie viele Plays warn dit insgesamt",
        family="plays",
        period="yesterday_evening",
    ),
    Fresh(
        text="wie viele Podcastfolgen hab ick mir die letzten dreißig Tage reingezogen",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Artists hab ick dieses Jahr so gehört, Alter",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs warn dit letzten Monat bei mir",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="icke hab doch bestimmt hundert verschiedene Lieder, wie viele sind dit insgesamt wirklich",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="wie oft lief'n Queen diese Woche, so ehrlich jetzte",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab ick dance von justice insgesamt gehört, dit is so mein Ding",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Radiohead, wie oft hab ick die gepumpt, so insgesamt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft lief The Daily in letzter Zeit, bin ick da noch up to date",
        family="play_count",
        period="lately",
        name="The Daily",
    ),
    Fresh(
        text="hab ick gestern Justice gehört oder bild ick mir dit nur ein",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief am Wochenende bei mir The Daily? so'n kleener Vibe-Check",
        family="did_i",
        period="last_weekend",
        name="The Daily",
    ),
    Fresh(
        text="Wet Leg dieses Jahr, hab ick da überhaupt wat von gehört",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="hab ick zwanzig fünfundzwanzig überhaupt Air gehört, so Sexy Boy und so",
        family="did_i",
        period="in_2025",
        name="Air",
    ),
    Fresh(
        text="wat lief'n gestern Abend so bei mir, war'n guter Vibe glaub ick",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="vorgestern, wat hab ick da so gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wat lief'n am Samstag bei uns in der Küche",
        family="what_played",
        period="saturday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wat hat Ada letzte Woche so gehört, so rein interessehalber",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="wat lief'n gestern so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh halb neun, wat lief da, so random",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wie würdste meinen Musikgeschmack beschreiben, so vibe-mäßig",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ick eigentlich meistens, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ick diesen Monat neue Artists entdeckt oder is dit immer dasselbe Playlist-Game",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skippe ick eigentlich, so Skiprate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ick eigentlich ständig dit Gleiche, so Repeat-Quote mäßig",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ick jetzte schon gehört, Streak und so",
        family="streak",
    ),
    Fresh(
        text="wann hab ick dit erste Mal Cafe Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann is Moon Safari bei mir am Start, also so dit erste Mal",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="wann lief bei mir zuletzt Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann hab ick dit letzte Mal Daft Punk gehört, is schon ne Weile her oder",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wat war'n der letzte Song, den ick gehört hab",
        family="last_song",
    ),
    Fresh(
        text="womit bin ick heute inne Gänge gekommen, erster Song",
        family="first_today",
    ),
    Fresh(
        text="wat war gestern mein erster Song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="am dritten November, wat war da der erste Track",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="letzten Freitag, womit hab ick da aufgehört, so letzter Track",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="heute Morgen, wat war da der letzte Song bevor ick los bin",
        family="last_in",
        period="this_morning",
    ),
    Fresh(
        text="welchen Song skipp ick am meisten, so der Loser-Track",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Artist skipp ick am häufigsten, ehrlich jetzte",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wat is'n grad mein Song auf Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="gib ma mein Jahresrückblick, so Wrapped-Vibe",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="erzähl ma, wie war mein Oktober so, hörtechnisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="bin ick eher so Morgens-Hörer oder mehr so Abends-Typ",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ick am Wochenende mehr als unter der Woche, wat meinste",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk inne Küche",
    "mach ma die Mucke lauter, Alter",
    "wat läuft'n grad inne Küche",
    "wat is dit für'n Song, der hat voll den Vibe",
    "skip dit ma, der Song is cringe",
    "pausier ma den Podcast",
    "nächster Track im Wohnzimmer",
    "mach ma dit Küchenlicht aus",
    "spiel dit Album Discovery, jetzte",
    "Lautstärke runter, dit is zu viel",
    "mach ma Shuffle an",
    "Repeat-Modus aus bitte",
    "gruppier ma Küche und Wohnzimmer, Speaker-Party",
    "stell ma nen Timer auf zwölf Minuten für die Pasta",
    "wie wird'n dit Wetter morgen, brauch ick ne Jacke",
    "pack Hafermilch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad, jetzte",
    "wat hör ick'n gerade",
    "spiel ma The Daily, die neue Folge",
    "stopp ma die Musik",
    "spiel ma wat Chilliges, so Sonntagsvibe",
    "mach ma Justice im Bad an",
    "ein Lied zurück, hab ick verpasst",
    "wer singt'n dit hier",
    "spul ma dreißig Sekunden vor im Podcast",
    "weck mich morgen um acht, aber mit nem guten Track",
]
