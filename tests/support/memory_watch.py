"""`streamlit run …` with a look inside the server's memory, for tests only:

    python tests/support/memory_watch.py run app.py [streamlit options]

Twice a second, a thread counts the live objects of the server's Python that hold the text
$WATCH_MARKER (a str or bytes among an object's direct references, after a full garbage
collection) and the live Streamlit sessions, and writes {"holders": n, "sessions": n, "at": the
time counted} to the file $WATCH_OUT (replaced whole, so a reader never sees half of it).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time


def count(marker: str) -> dict[str, float]:
    from streamlit.runtime.app_session import AppSession

    as_bytes = marker.encode()
    gc.collect()
    holders = sessions = 0
    for obj in gc.get_objects():  # containers only: strings are found among their references
        sessions += isinstance(obj, AppSession)
        for ref in gc.get_referents(obj):
            if (isinstance(ref, str) and marker in ref) or (
                isinstance(ref, bytes | bytearray) and as_bytes in ref
            ):
                holders += 1
    return {"holders": holders, "sessions": sessions, "at": time.time()}


def watch(marker: str, out: str) -> None:
    while True:
        time.sleep(0.5)
        with open(out + ".tmp", "w", encoding="utf-8") as file:
            json.dump(count(marker), file)
        os.replace(out + ".tmp", out)


if __name__ == "__main__":
    threading.Thread(
        target=watch, args=(os.environ["WATCH_MARKER"], os.environ["WATCH_OUT"]), daemon=True
    ).start()
    from streamlit.web import cli

    sys.argv = ["streamlit", *sys.argv[1:]]
    sys.exit(cli.main())
