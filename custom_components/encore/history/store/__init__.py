"""The history's database: schema, migrations, engine, writes and rollups.

Nothing here imports the queries, the imports or the collectors: they build on it.
"""
