"""What runs inside a spawned parse worker besides the parsing itself.

Kept apart from the app's modules so a worker imports only this to start with.
"""

from __future__ import annotations

import os
import threading
import time


def exit_with_parent(parent_pid: int, interval: float = 1.0) -> None:
    """Pool initializer: a worker whose parent died exits instead of lingering.

    ProcessPoolExecutor workers notice a parent that shut down cleanly, but not one that
    was killed (SIGKILL, OOM killer): each kill of `sokbo run` used to leave its parse
    worker and multiprocessing's resource tracker behind, about 98 MB under PID 1.
    """
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
