"""Where the map step runs when it is not this process: worker processes or a Dask cluster.

Both take a stream of articles and yield each article's facts in input order, with a
bounded number of articles in flight, so memory does not grow with the input. Each
worker loads spaCy once (`trainer.nlp.load_pipeline` is cached per process).

Worker processes die with this one: on Linux the kernel kills them when their parent
dies (PR_SET_PDEATHSIG, even after SIGKILL), elsewhere they poll their parent. They
ignore Ctrl+C, so an interrupt prints the parent's one line, not a traceback per worker.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainer.model import Article
    from trainer.pipeline import ArticleFacts

# Articles sent ahead of the one being waited for, per worker: enough to keep every
# worker busy, few enough that only a handful of texts are in memory.
IN_FLIGHT_PER_WORKER = 2
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_POLL_SECONDS = 1.0
SCHEDULER_TIMEOUT = "10s"


class WorkerFailed(Exception):
    """A worker process or the cluster failed; the message says how, in one line."""


def facts_on_worker(article: Article) -> ArticleFacts:
    """The map step in a worker: spaCy and the generators are loaded on first use."""
    from trainer.nlp import load_pipeline
    from trainer.pipeline import facts_of

    return facts_of(article, load_pipeline())


# -- worker processes ----------------------------------------------------------


def map_in_processes(articles: Iterable[Article], jobs: int) -> Iterator[ArticleFacts]:
    """The map step in `jobs` worker processes (spawned, so no state leaks in)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    )
    pending: deque[Future[ArticleFacts]] = deque()
    try:
        for article in articles:
            with _no_interrupt():  # a worker is born with Ctrl+C blocked, then ignores it
                pending.append(executor.submit(facts_on_worker, article))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise WorkerFailed("a worker process died (out of memory?); no deck written") from None
    finally:
        _stop(executor, pending)


def _stop(executor: Any, pending: deque[Future[ArticleFacts]]) -> None:
    """Cancel what is left and end the workers now (they may be mid-parse)."""
    for future in pending:
        future.cancel()
    processes = list(getattr(executor, "_processes", {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)  # shutdown forgets it
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(5)
    # The pool's manager thread closes its wake-up pipe as it ends; at exit Python writes
    # to that pipe unlocked, so a thread still ending then races it ("Bad file descriptor"
    # printed after our one line). Wait for it here, while nothing else writes.
    if manager is not None:
        manager.join(5)


@contextlib.contextmanager
def _no_interrupt() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _start_worker(parent: int) -> None:
    """In each worker: ignore Ctrl+C (the parent reports it) and die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before we asked to die with it
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


# -- Dask ------------------------------------------------------------------------


def map_on_cluster(
    articles: Iterable[Article], address: str, workers: int
) -> Iterator[ArticleFacts]:
    """The map step on a Dask cluster: "local" starts one of `workers` processes here;
    otherwise `address` is a running scheduler (tcp://host:8786) whose workers have
    trainer installed."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise WorkerFailed("--cluster needs Dask: pip install 'dask[distributed]'") from None

    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)  # type: ignore[no-untyped-call]
        else:
            client = Client(address, timeout=SCHEDULER_TIMEOUT)  # type: ignore[no-untyped-call]
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise WorkerFailed(f"{address}: cannot reach the Dask scheduler ({exc})") from None
    in_flight = max(len(client.scheduler_info().get("workers", {})), 1) * IN_FLIGHT_PER_WORKER
    pending: deque[Any] = deque()
    try:
        for article in articles:
            pending.append(client.submit(facts_on_worker, article, pure=False))
            if len(pending) >= in_flight:
                yield _result(pending.popleft(), address)
        while pending:
            yield _result(pending.popleft(), address)
    finally:
        for future in pending:
            future.cancel()
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


def _result(future: Any, address: str) -> ArticleFacts:
    """A task's facts; a cluster that cannot run trainer's code is one line, not a traceback."""
    from distributed import KilledWorker

    try:
        found: ArticleFacts = future.result()
    except (ImportError, RuntimeError, KilledWorker) as exc:
        reason = " ".join(str(exc).split("\n\n")[0].split()) or type(exc).__name__
        raise WorkerFailed(
            f"{address}: the cluster failed ({reason}); is the same trainer installed "
            "on the scheduler and every worker?"
        ) from None
    return found
