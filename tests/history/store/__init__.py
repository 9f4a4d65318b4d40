"""Tests of the history's store: schema, migrations, writes, identity, rollups."""
