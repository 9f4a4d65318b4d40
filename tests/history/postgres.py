"""A real PostgreSQL server for the history tests, on 127.0.0.1.

The listening history must work on PostgreSQL as well as SQLite, so its tests
run against a real server rather than a mock: Debian's `postgresql` package,
which `scripts/setup` installs when it is missing and it may. Without a server
the tests skip, saying why and what to install (`tests/peers.py`); in CI they
fail, so CI cannot pass by quietly not testing PostgreSQL.

`postgres_url` (session scope) gives each pytest process (each xdist worker)
a server of its own: `initdb` into a fresh temporary directory, `pg_ctl start`
on a free port of 127.0.0.1, stopped and removed at the end of the session.
With `ENCORE_TEST_POSTGRES_URL` set, it uses that server instead and creates a
database of its own inside it. `postgres_db_url` (function scope) gives each
test a fresh, empty database, so tests never see each other's tables.
"""

from collections.abc import Iterator
import contextlib
import glob
import os
from pathlib import Path
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from typing import Any
import uuid

import pytest
from sqlalchemy.engine import URL, make_url

from tests.peers import missing_peer

ENV_URL = "ENCORE_TEST_POSTGRES_URL"
"""Use this server (an SQLAlchemy or libpq URL) instead of starting one."""

BIN_GLOB = "/usr/lib/postgresql/*/bin"
"""Where Debian's `postgresql-NN` packages put the server binaries."""

SUPERUSER = "postgres"
"""The superuser `initdb` creates; named explicitly so the URL never depends on
which OS user runs the tests."""

TEMP_PREFIX = "encore-pg-"
"""Prefix of the per-run temporary directories (see `_sweep_stale_servers`)."""

OWNER_FILE = "owner.pid"
"""File in each temporary directory naming the pytest process that owns it."""

INSTALL_HINT = (
    "Run scripts/setup as root or with sudo (it installs Debian's postgresql), or"
    " `apt-get install postgresql`, or point"
    f" {ENV_URL}=postgresql+psycopg2://USER@HOST:PORT/DB at a server of your own."
)

# Home Assistant's test plugin replaces `socket.socket` before each test (with
# pytest-socket) so that tests cannot open network sockets unless they ask for
# `socket_enabled`, a function-scoped fixture a session fixture cannot use. The
# class captured at import, during collection, is the real one; it only probes
# for a free port on 127.0.0.1. (libpq, which psycopg2 uses, is C and is not
# affected by the patching.)
_REAL_SOCKET = socket.socket

START_ATTEMPTS = 5
"""Times to try another port when someone takes ours between probe and bind."""


def _worker_id() -> str:
    """Return the xdist worker's name ("gw0", ...) or "main" without xdist."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def _free_port() -> int:
    """Return a TCP port of 127.0.0.1 that nobody listens on right now."""
    with _REAL_SOCKET(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _find_bin_dir() -> Path:
    """Return the newest `/usr/lib/postgresql/NN/bin` that has the server."""
    candidates = [
        Path(path)
        for path in glob.glob(BIN_GLOB)  # noqa: PTH207 - an absolute pattern
        if Path(path, "initdb").is_file() and Path(path, "pg_ctl").is_file()
    ]
    if not candidates:
        missing_peer(
            "postgresql", f"PostgreSQL's server ({BIN_GLOB}/initdb)", INSTALL_HINT
        )

    def major(path: Path) -> tuple[int, ...]:
        # "15" or "9.6": compare numerically, so that 10 is newer than 9.6.
        version = path.parent.name
        return tuple(int(part) for part in version.split(".") if part.isdigit())

    return max(candidates, key=major)


def _server_account() -> pwd.struct_passwd | None:
    """Return the account to run the server as, or None for the current one.

    PostgreSQL refuses to run as root, so as root (CI machines, containers)
    initdb and pg_ctl run as Debian's `postgres` user, which the package creates.
    """
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        missing_peer(
            "postgresql",
            "The OS user `postgres` (PostgreSQL refuses to run as root; Debian's"
            " postgresql package creates the user)",
            INSTALL_HINT,
        )


def _run(
    args: list[str], account: pwd.struct_passwd | None, cwd: Path
) -> subprocess.CompletedProcess[str]:
    """Run a server tool, as `account` when given; a failed exit does not raise.

    `user=`/`group=` switch users in the forked child directly: no PAM session
    (as with runuser or su), so no extra delay and no dependency on either.
    """
    switch: dict[str, Any] = {}
    if account is not None:
        switch = {
            "user": account.pw_uid,
            "group": account.pw_gid,
            "extra_groups": [],
        }
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    if account is not None:
        # Tools look at HOME (e.g. for ~/.pgpass); root's is not readable.
        env["HOME"] = account.pw_dir
    return subprocess.run(  # noqa: S603 - fixed binaries, arguments built here
        args,
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env=env,
        timeout=60,
        **switch,
    )


def _describe(result: subprocess.CompletedProcess[str]) -> str:
    """Return a failed command and what it said, for a failure message."""
    output = (result.stdout + result.stderr).strip()
    return f"`{' '.join(result.args)}` exited with {result.returncode}:\n{output}"


def _tail(path: Path, lines: int = 20) -> str:
    """Return the last lines of the server log, or a note that there is none."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:])


def _pg_ctl_stop(bin_dir: Path, data: Path, account: pwd.struct_passwd | None) -> None:
    """Stop the server at once: it is a throwaway test server, nothing to save."""
    _run(
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
        account,
        data.parent,
    )


def _pid_alive(pid: int) -> bool:
    """Return whether a process with this pid exists (any owner)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists; it belongs to someone else
    return True


def _sweep_stale_servers(bin_dir: Path, account: pwd.struct_passwd | None) -> None:
    """Stop and remove servers left behind by pytest runs that were killed.

    Teardown does not run when pytest is killed (SIGKILL, a CI timeout), which
    leaves a server running and its directory behind. Each directory names its
    owner process, so a later run can tell those from the servers of runs that
    are still going (other workers, other checkouts) and leave those alone.
    Best effort: a failure here must not fail the run that found it.
    """
    for path in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        try:
            owner = int((path / OWNER_FILE).read_text().strip())
        except OSError, ValueError:
            continue  # being set up right now, or not ours
        if _pid_alive(owner):
            continue
        with contextlib.suppress(Exception):
            if (path / "data" / "postmaster.pid").exists():
                _pg_ctl_stop(bin_dir, path / "data", account)
        shutil.rmtree(path, ignore_errors=True)


def _connect(url: URL) -> Any:
    """Open an autocommit psycopg2 connection (CREATE/DROP DATABASE need one)."""
    try:
        import psycopg2
    except ImportError:
        pytest.fail(
            "psycopg2 is missing from the virtualenv: run scripts/setup"
            " (requirements_test.txt lists psycopg2-binary).",
            pytrace=False,
        )
    args = url.translate_connect_args(username="user", database="dbname")
    args.update(url.query)
    connection = psycopg2.connect(connect_timeout=10, **args)
    connection.autocommit = True
    return connection


def _create_database(admin: URL, name: str) -> URL:
    """Create an empty database `name` on admin's server; return its URL."""
    from psycopg2 import sql

    connection = _connect(admin)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    finally:
        connection.close()
    return admin.set(database=name)


def _create_database_or_fail(admin: URL, name: str, what: str, hint: str) -> URL:
    """Create database `name`, or fail the test with `what`, the cause and `hint`."""
    try:
        return _create_database(admin, name)
    except Exception as err:  # any cause: it goes into the message
        problem = str(err).strip()
    # Failing outside the except block keeps psycopg2's traceback (and "during
    # handling of the above exception") out of the report: one clear message.
    pytest.fail(f"{what}: {problem}\n{hint}", pytrace=False)


def _drop_database(admin: URL, name: str) -> None:
    """Drop database `name`, ending the sessions a test left open in it first.

    A test that forgets `engine.dispose()` leaves pooled connections behind;
    DROP DATABASE refuses to drop a database anyone is connected to.
    """
    from psycopg2 import sql

    connection = _connect(admin)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            # Terminated backends exit asynchronously; DROP DATABASE waits a
            # few seconds for them to be gone.
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
            )
    finally:
        connection.close()


def _psycopg2_url(url: URL) -> URL:
    """Return the URL with psycopg2 as its driver (accepts postgresql://...)."""
    if url.get_backend_name() != "postgresql":
        pytest.fail(f"{ENV_URL} is not a PostgreSQL URL: {url!r}", pytrace=False)
    return url.set(drivername="postgresql+psycopg2")


def _render(url: URL) -> str:
    """Return the URL as a string SQLAlchemy's `create_engine` accepts."""
    return url.render_as_string(hide_password=False)


def _external_server(raw: str) -> Iterator[str]:
    """Yield a fresh database of the server named by ENCORE_TEST_POSTGRES_URL."""
    try:
        parsed = make_url(raw)
    except Exception as err:  # any parse error means "bad URL"
        problem = str(err)
    else:
        problem = ""
    if problem:
        # Failing outside the except block keeps the parse error's traceback
        # out of the report: the message says it all.
        pytest.fail(
            f"{ENV_URL} is not a usable URL ({problem}): {raw!r}", pytrace=False
        )
    admin = _psycopg2_url(parsed)
    # Workers, and runs from other checkouts, share this server: a unique name
    # each, and a name that says who made it should one be left behind.
    name = f"encore_{_worker_id()}_{uuid.uuid4().hex}"
    url = _create_database_or_fail(
        admin,
        name,
        f"Cannot create a database on the server {ENV_URL} names"
        f" ({admin.render_as_string()})",
        f"Start that server, or unset {ENV_URL} to let the tests start their own.",
    )
    try:
        yield _render(url)
    finally:
        _drop_database(admin, name)


def _start_server(
    bin_dir: Path, account: pwd.struct_passwd | None, root: Path, port: int
) -> subprocess.CompletedProcess[str]:
    """Run `pg_ctl start` on `port`; return its result."""
    # Everything but the port is in postgresql.conf (see `_own_server`); the
    # port changes when a start is retried.
    return _run(
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(root / "data"),
            "-l",
            str(root / "server.log"),
            "-o",
            f"-p {port}",
            "-w",
            "-t",
            "30",
            "start",
        ],
        account,
        root,
    )


def _own_server() -> Iterator[str]:
    """Yield the URL of a database on a server of our own, started here."""
    started = time.monotonic()
    bin_dir = _find_bin_dir()
    account = _server_account()
    _sweep_stale_servers(bin_dir, account)

    # A fresh, unique directory each run: a directory a killed run left behind
    # can never get in the way (and the next run's sweep removes it).
    root = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    (root / OWNER_FILE).write_text(f"{os.getpid()}\n")
    data = root / "data"
    running = False
    try:
        if account is not None:
            # The server writes its log and socket here, as `postgres`.
            os.chown(root, account.pw_uid, account.pw_gid)

        result = _run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-A",
                "trust",  # only 127.0.0.1 and our own socket directory
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",  # throwaway: do not wait for the disk
            ],
            account,
            root,
        )
        if result.returncode != 0:
            pytest.fail(
                "initdb failed, so there is no PostgreSQL server for the tests"
                + (
                    f" (as root it runs as `postgres`, which must be able to reach {root})"
                    if account is not None
                    else ""
                )
                + f".\n{_describe(result)}",
                pytrace=False,
            )

        socket_dir = str(root).replace("'", "''")
        with (data / "postgresql.conf").open("a") as conf:
            conf.write(
                "\n# Encore's test server: reachable from this machine only, and\n"
                "# fast rather than crash-safe (the data is thrown away anyway).\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{socket_dir}'\n"
                "fsync = off\n"
                "full_page_writes = off\n"
                "synchronous_commit = off\n"
            )

        for _attempt in range(START_ATTEMPTS):
            port = _free_port()
            result = _start_server(bin_dir, account, root, port)
            if result.returncode == 0:
                running = True
                break
            log = _tail(root / "server.log")
            if "could not bind" not in log and "could not create" not in log:
                break  # not a port clash: trying another port will not help
        if not running:
            pytest.fail(
                f"The PostgreSQL test server did not start.\n{_describe(result)}\n"
                f"Server log:\n{_tail(root / 'server.log')}",
                pytrace=False,
            )

        admin = URL.create(
            "postgresql+psycopg2",
            username=SUPERUSER,
            host="127.0.0.1",
            port=port,
            database="postgres",
        )
        url = _create_database_or_fail(
            admin,
            "encore_test",
            "The PostgreSQL test server started but does not answer",
            f"Server log:\n{_tail(root / 'server.log')}",
        )
        print(  # noqa: T201 - shown with -s, to see what the server costs
            f"PostgreSQL test server on 127.0.0.1:{port} ({bin_dir.parent.name}),"
            f" ready in {time.monotonic() - started:.2f} s"
        )
        yield _render(url)
    finally:
        if running:
            _pg_ctl_stop(bin_dir, data, account)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """Yield an SQLAlchemy URL of a database on a real PostgreSQL server.

    `postgresql+psycopg2://postgres@127.0.0.1:PORT/encore_test` on a server of
    this process's own, or a fresh database on the server ENCORE_TEST_POSTGRES_URL
    names. Fails (never skips) when there is no server, saying what to install.
    """
    raw = os.environ.get(ENV_URL)
    if raw:
        yield from _external_server(raw)
    else:
        yield from _own_server()


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """Yield the URL of a fresh, empty database on a server, dropped after.

    Along with any connections left open to it.
    """
    admin = make_url(server_url)
    name = f"encore_{uuid.uuid4().hex}"
    url = _create_database(admin, name)
    try:
        yield _render(url)
    finally:
        _drop_database(admin, name)


@pytest.fixture
def postgres_db_url(postgres_url: str) -> Iterator[str]:
    """Yield the URL of a fresh, empty database for this test alone.

    It lives on `postgres_url`'s server and is dropped after the test.
    """
    with fresh_database(postgres_url) as url:
        yield url
