"""The listening history: a database Encore owns, its collectors and importers."""
