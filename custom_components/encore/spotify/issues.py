"""A Spotify account's repair issues: problems the user has to fix outside Home Assistant."""

from datetime import timedelta

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, SPOTIFY_DEVELOPER_DASHBOARD
from .errors import ForbiddenReason
from .gate import RateGate

_ACCOUNT_ISSUES = (
    ForbiddenReason.PREMIUM_REQUIRED,
    ForbiddenReason.OWNER_PREMIUM_REQUIRED,
    ForbiddenReason.NOT_ALLOW_LISTED,
)
# Short waits pass unnoticed; a repair issue is for waits a user would notice.
RATE_LIMIT_ISSUE_AFTER = timedelta(minutes=10)


def _issue_id(kind: str, entry: ConfigEntry) -> str:
    return f"{kind}_{entry.entry_id}"


@callback
def async_track_account_problems(
    hass: HomeAssistant, entry: ConfigEntry, problem: ForbiddenReason | None
) -> None:
    """Show what to do when Spotify refuses this account; clear it once it works."""
    for reason in _ACCOUNT_ISSUES:
        if reason is problem:
            ir.async_create_issue(
                hass,
                DOMAIN,
                _issue_id(reason.value, entry),
                is_fixable=False,
                is_persistent=False,
                severity=ir.IssueSeverity.ERROR,
                translation_key=reason.value,
                translation_placeholders={
                    "account": entry.title,
                    "dashboard_url": SPOTIFY_DEVELOPER_DASHBOARD,
                },
                learn_more_url=SPOTIFY_DEVELOPER_DASHBOARD,
            )
        else:
            ir.async_delete_issue(hass, DOMAIN, _issue_id(reason.value, entry))


@callback
def async_clear_access_problems(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Spotify answered this account: it is on the user list and the owner pays.

    Whether the account itself has Premium only shows on a player command, so
    that issue stays until one succeeds.
    """
    for reason in (
        ForbiddenReason.NOT_ALLOW_LISTED,
        ForbiddenReason.OWNER_PREMIUM_REQUIRED,
    ):
        ir.async_delete_issue(hass, DOMAIN, _issue_id(reason.value, entry))


@callback
def async_track_rate_gate(
    hass: HomeAssistant, entry: ConfigEntry, gate: RateGate
) -> CALLBACK_TYPE:
    """Keep a repair issue up while Spotify makes this account wait long."""
    issue_id = _issue_id("rate_limited", entry)

    @callback
    def update() -> None:
        until = gate.closed_until
        if until is None:
            ir.async_delete_issue(hass, DOMAIN, issue_id)
            return
        if until - dt_util.utcnow() < RATE_LIMIT_ISSUE_AFTER:
            return
        ir.async_create_issue(
            hass,
            DOMAIN,
            issue_id,
            is_fixable=False,
            is_persistent=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key="quota_exceeded" if gate.quota else "rate_limited",
            translation_placeholders={
                "account": entry.title,
                "until": until.isoformat(timespec="minutes"),
            },
        )

    remove_listener = gate.async_add_listener(update)

    @callback
    def remove() -> None:
        remove_listener()
        ir.async_delete_issue(hass, DOMAIN, issue_id)

    return remove


@callback
def async_update_budget_issue(
    hass: HomeAssistant, app_key: str, placeholders: dict[str, str] | None
) -> None:
    """Warn that a Spotify app's daily budget runs out (None: clear the warning).

    One issue per app, not per account: the accounts share the budget, and the
    placeholders name the one spending most.
    """
    issue_id = f"budget_low_{app_key}"
    if placeholders is None:
        ir.async_delete_issue(hass, DOMAIN, issue_id)
        return
    ir.async_create_issue(
        hass,
        DOMAIN,
        issue_id,
        is_fixable=False,
        is_persistent=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key="budget_low",
        translation_placeholders=placeholders,
    )


@callback
def async_delete_entry_issues(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Remove every issue of an entry that is being removed."""
    for kind in (*(reason.value for reason in _ACCOUNT_ISSUES), "rate_limited"):
        ir.async_delete_issue(hass, DOMAIN, _issue_id(kind, entry))
