"""Encore's media source: the history's folders of songs, to play again.

`source` browses them (`HistoryMediaSource`: each person's recipes and
recaps), `recaps` parses and titles the recaps' folders, and `lists` is how
the players reach them: the songs of a folder and how often a search result
was played, asked through a resolver registered at setup (the players never
import the history). `media_source.py` at the top is Home Assistant's
platform, nothing more.
"""
