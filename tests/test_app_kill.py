"""A kill at any moment loses no tick that the screen showed as done."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from separ.progress import DB_NAME

DRIVER = r"""
import asyncio, sys
from pathlib import Path
from separ.app.app import SeparApp
from separ.app.widgets.items import ItemList
from separ.pack import load_pack
from separ.progress import ProgressStore

async def burst():
    pack = load_pack()
    app = SeparApp(pack, ProgressStore(Path(sys.argv[1])))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        while True:
            for section in pack.sections:
                screen.section_id = section.id
                await pilot.pause()
                items = screen.query_one(ItemList)
                for _ in section.items:
                    await pilot.press("space")
                    item_id = items.highlighted_id
                    lead, _ = items.get_option(item_id).prompt.rows[0]
                    if lead.plain.startswith("[x]"):
                        print(item_id, flush=True)
                    await pilot.press("j")

asyncio.run(burst())
"""


def test_sigkill_during_a_burst_of_ticks_loses_none_that_were_shown(data_dir: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    reported = []
    assert process.stdout is not None
    try:
        for line in process.stdout:
            reported.append(line.strip())
            if len(reported) >= 25:
                break
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert len(reported) >= 25
    with sqlite3.connect(data_dir / DB_NAME) as db:
        saved = {row[0] for row in db.execute("SELECT item_id FROM ticks")}
    assert set(reported) <= saved
