"""How long `separ` takes from launch to its first full frame, against a bare Textual app.

Both programs run in a real pseudo-terminal of 80x24; the clock stops when the footer's
"palette" hint, drawn in the first complete frame, reaches the terminal. The two are measured
alternately in the same run, so a busy machine slows both alike; the result is the ratio of
the medians. Target: at most 1.5.

    python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Label

class Bare(App):
    def compose(self):
        yield Header()
        yield Label("Hello")
        yield Footer()

Bare().run()
"""

MARKER = b"palette"


def time_to_first_frame(command: list[str], env: dict[str, str], limit: float = 30.0) -> float:
    """Seconds from starting a command in an 80x24 pseudo-terminal until MARKER is drawn."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        os.execvpe(command[0], command, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    seen = b""
    try:
        while time.perf_counter() - start < limit:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen = (seen + chunk)[-4096:]
            if MARKER in seen:
                return time.perf_counter() - start
        raise RuntimeError(f"no first frame from {command} within {limit} s")
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main() -> int:
    """Measure both, alternately, and print the medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="separ-bench-")
    env = {**os.environ, "TERM": "xterm-256color", "SEPAR_DATA_DIR": data}
    env.pop("NO_COLOR", None)
    separ = [sys.executable, "-m", "separ"]
    bare = [sys.executable, "-c", BARE_APP]
    time_to_first_frame(separ, env)  # warm the file cache and write the first-run setting
    time_to_first_frame(bare, env)
    separ_times, bare_times = [], []
    for _ in range(args.runs):
        separ_times.append(time_to_first_frame(separ, env))
        bare_times.append(time_to_first_frame(bare, env))
    s, b = statistics.median(separ_times), statistics.median(bare_times)
    print(f"runs: {args.runs} each, alternating, 80x24 pseudo-terminal")
    print(f"bare Textual app (header, label, footer): median {b * 1000:.0f} ms")
    print(f"separ (built-in pack, 45 items):           median {s * 1000:.0f} ms")
    print(f"ratio: {s / b:.2f} (target: at most 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
