"""Private PostgreSQL and Redis for scaled mode on one machine, under var/, on their own ports.

They come from the system's packages (Debian: postgresql, redis-server) but never touch the
system's own clusters: each gets a data folder under var/local-services/, listens on
127.0.0.1 only and has a random password kept next to its data (mode 0600).

`python -m careerbot.local_services check` says whether the programs are installed and, if
not, how to get them (exit 1).
"""
import glob
import hashlib
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional

from careerbot.paths import VAR_DIR

BASE_DIR = VAR_DIR / "local-services"
INSTALL_HINT = (
    "Scaled mode needs PostgreSQL and Redis. On Debian or Ubuntu: sudo apt-get install postgresql redis-server\n"
    "(scripts/ensure-services.sh does it when run as root). Elsewhere install them from your system's packages,\n"
    "or point CAREERBOT_DATABASE_URL and CAREERBOT_REDIS_URL at servers you already run."
)


class ServicesMissing(Exception):
    pass


def _postgres_bin_dir() -> Optional[Path]:
    on_path = shutil.which("postgres") or shutil.which("initdb")
    if on_path and (Path(on_path).resolve().parent / "postgres").exists():
        return Path(on_path).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"),
                      key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


def find_programs() -> Dict[str, str]:
    """Paths of postgres, initdb, pg_ctl and redis-server; ServicesMissing says what to install."""
    missing, found = [], {}
    pg = _postgres_bin_dir()
    for name in ("postgres", "initdb", "pg_ctl"):
        if pg and (pg / name).exists():
            found[name] = str(pg / name)
        else:
            missing.append(name)
    redis = shutil.which("redis-server") or shutil.which("redis-server", path="/usr/bin:/usr/sbin")
    if redis:
        found["redis-server"] = redis
    else:
        missing.append("redis-server")
    if missing:
        raise ServicesMissing("Not installed: %s.\n%s" % (", ".join(missing), INSTALL_HINT))
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise ServicesMissing(
                "PostgreSQL refuses to run as root and there is no `postgres` user to run it as. "
                "Install Debian's postgresql package (it creates one) or run as a normal user.") from None
    return found


def _as_postgres_user(command: List[str]) -> List[str]:
    """PostgreSQL refuses to run as root; as root, run it as the system's `postgres` user."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"] + command


def _secret(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_text(secrets.token_urlsafe(24))
        path.chmod(0o600)
    return path.read_text().strip()


def _hand_to_postgres_user(path: Path) -> None:
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for root, dirs, files in os.walk(path):
            for name in [root] + [os.path.join(root, n) for n in dirs + files]:
                os.chown(name, user.pw_uid, user.pw_gid)


class LocalPostgres:
    DATABASE, USER = "careerbot", "careerbot"

    def __init__(self, port: int, base: Path = BASE_DIR):
        self.port = port
        self.programs = find_programs()
        self.home = self._reachable_home(base / ("postgres-%d" % port))
        self.data = self.home / "data"

    @staticmethod
    def _reachable_home(home: Path) -> Path:
        """As root the server runs as `postgres`, which may not reach var/ (a project under a
        private home folder); then the cluster lives under /var/tmp instead."""
        home.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            return home
        _hand_to_postgres_user(home)
        if subprocess.run(_as_postgres_user(["test", "-w", str(home), "-a", "-x", str(home)])).returncode == 0:
            return home
        fallback = Path("/var/tmp/careerbot-%s" % hashlib.sha256(str(home).encode()).hexdigest()[:12]) / home.name
        print("The postgres user cannot reach %s; keeping the cluster in %s instead." % (home, fallback))
        fallback.mkdir(parents=True, exist_ok=True)
        os.chmod(fallback.parent, 0o700)
        _hand_to_postgres_user(fallback.parent)
        return fallback

    @property
    def url(self) -> str:
        password = _secret(self.home / "password")
        return "postgresql://%s:%s@127.0.0.1:%d/%s" % (self.USER, password, self.port, self.DATABASE)

    def server_command(self) -> List[str]:
        return _as_postgres_user([self.programs["postgres"], "-D", str(self.data), "-p", str(self.port),
                                  "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                                  "-c", "max_connections=200", "-c", "fsync=on"])

    def reset(self) -> None:
        """Deletes the cluster's data (tests start from an empty one)."""
        shutil.rmtree(self.data, ignore_errors=True)

    def prepare(self) -> None:
        """Creates the cluster and the careerbot database the first time (a few seconds)."""
        if (self.data / "PG_VERSION").exists():
            return
        self.home.mkdir(parents=True, exist_ok=True)
        password = _secret(self.home / "password")
        pwfile = self.home / "pwfile"
        pwfile.write_text(password + "\n")
        pwfile.chmod(0o600)
        _hand_to_postgres_user(self.home)
        try:
            self._run([self.programs["initdb"], "-D", str(self.data), "-U", self.USER, "--pwfile", str(pwfile),
                       "--auth=scram-sha-256", "-E", "UTF8", "--locale=C"])
        finally:
            pwfile.unlink()
        server = subprocess.Popen(self.server_command(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            self._create_database(password)
        finally:
            server.send_signal(signal.SIGINT)   # fast shutdown
            server.wait(timeout=30)

    def _create_database(self, password: str) -> None:
        import psycopg2  # installed with Rasa

        deadline = time.time() + 30
        while True:
            try:
                conn = psycopg2.connect(host="127.0.0.1", port=self.port, user=self.USER, password=password,
                                        dbname="postgres")
                break
            except psycopg2.OperationalError:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute("CREATE DATABASE %s" % self.DATABASE)
        conn.close()

    @staticmethod
    def _run(command: List[str]) -> None:
        result = subprocess.run(_as_postgres_user(command), capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit("%s failed:\n%s%s" % (command[0], result.stdout, result.stderr))


class LocalRedis:
    def __init__(self, port: int, base: Path = BASE_DIR):
        self.port = port
        self.home = base / ("redis-%d" % port)
        self.programs = find_programs()

    @property
    def url(self) -> str:
        return "redis://:%s@127.0.0.1:%d/0" % (_secret(self.home / "password"), self.port)

    def prepare(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        config = self.home / "redis.conf"
        # Locks only: nothing to persist. The password is in a 0600 file, not on the command line.
        config.write_text("bind 127.0.0.1\nport %d\ndir %s\nsave \"\"\nappendonly no\nrequirepass %s\n"
                          "protected-mode yes\n" % (self.port, self.home, _secret(self.home / "password")))
        config.chmod(0o600)

    def server_command(self) -> List[str]:
        return [self.programs["redis-server"], str(self.home / "redis.conf")]


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["check"]:
        print("usage: python -m careerbot.local_services check", file=sys.stderr)
        return 2
    try:
        programs = find_programs()
    except ServicesMissing as missing:
        print(missing, file=sys.stderr)
        return 1
    print("PostgreSQL and Redis found: " + ", ".join(sorted(programs.values())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
