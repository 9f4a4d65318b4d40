"""How a loaded entry is put together: the sources, the history and the platforms joined."""
