"""Blind writers' misses, turn by turn: each turn's phrasings kept as data.

Each turn of issue 45 scores new blind writers against Encore before anything
is tuned on them, mends what they showed, and keeps that turn's phrasings
here so what was mended stays mended. A turn is one module, `turnNN.py`: its
docstring says what the turn's writers showed, and three tuples hold its
phrasings, in the order the turn wrote them:

- `READ`, rows of (lang, said, plain): `said` is read as `plain` is;
- `ANSWERED`, rows of (said, plain, language): `said` is Encore's, never an
  area's, and answered as `plain` is, through Home Assistant;
- `STAYS`, rows of (said, language): a command or a question of now that
  Encore answers nothing of.

The three checks are written once, in `tests/voice/test_blind_misses.py`,
and run every turn's rows; a new turn is a new module added to its `TURNS`.
What a turn tested beyond those three (a parser's own function, an answer's
exact words, a different rule) stays a test module of its own beside its
data, `test_turnNN.py`.
"""

type Read = tuple[str, str, str]
type Answered = tuple[str, str, str]
type Stays = tuple[str, str]
