"""Reading Spotify's data export (every format and era) into play records."""
