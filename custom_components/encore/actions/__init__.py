"""Every action and websocket command of Encore, registered in one place.

One module per family, their shared fields (`fields`), renderers (`render`)
and websocket glue (`commands`) below them:

| Module | Actions | Websocket commands |
| --- | --- | --- |
| `history` | `top_items`, `listening_stats`, `play_history`, `play_count` | (in `websocket`) |
| `admin` | `import_history`, `export_history`, `purge_history`, `sync_status`, `sync_now` | (in `websocket`) |
| `recap` | `recap` | `encore/recap`, `encore/recap_periods` |
| `playlists` | `create_playlist`, `keep_playlist`, `add_to_playlist`, `save_to_library`, `remove_from_library`, `get_queue` | theirs, run as the action (`commands.action_command`) |
| `alarms` | `create_alarm`, `update_alarm`, `delete_alarm` | |
| `speakers` | `snapshot`, `restore`, `set_sleep_timer`, `clear_sleep_timer`, `play_queue`, `remove_from_queue`, `cancel_announcement` | |
| `websocket` | | the listening page's and the cards': `encore/info`, `encore/top_items`, `encore/listening_stats`, `encore/play_history`, `encore/play_count`, `encore/sync_status`, `encore/minutes_by_day`, `encore/item`, `encore/subscribe_stats`, `encore/subscribe_artwork`, `encore/export_history`, `encore/purge_history`, `encore/import_upload`, `encore/subscribe_imports` |

Every family that reads the history asks the question layer
(`history.questions`) and renders its answer; none holds a connection.
"""

from homeassistant.core import HomeAssistant

from .admin import async_setup_admin_actions
from .alarms import async_setup_alarm_actions
from .history import async_setup_history_actions
from .playlists import async_setup_playlist_actions
from .recap import async_setup_recap
from .speakers import async_setup_sonos_actions
from .websocket import async_setup_websocket


def async_setup_actions(hass: HomeAssistant) -> None:
    """Register every action and websocket command (once, for every entry)."""
    async_setup_history_actions(hass)
    async_setup_admin_actions(hass)
    async_setup_recap(hass)
    async_setup_playlist_actions(hass)
    async_setup_alarm_actions(hass)
    async_setup_sonos_actions(hass)
    async_setup_websocket(hass)
