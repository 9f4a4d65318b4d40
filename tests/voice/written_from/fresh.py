"""The writers' row type: the fresh corpus's (`..fresh_corpus.fresh.Fresh`)."""

from ..fresh_corpus.fresh import Fresh

__all__ = ["Fresh"]
