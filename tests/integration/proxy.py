"""A small TCP proxy on 127.0.0.1 that can make its upstream unreachable on demand.

    proxy = TcpProxy(target_port).start()      # services connect to proxy.port
    with proxy.outage():                       # every connection is refused (accepted, then
        ...                                    # reset at once) and open ones are cut
    proxy.stop()

Used to take an endpoint away (e.g. the S3 server, whose data lives in memory and must not
be stopped) for a while and give it back, without touching the server itself. The proxy runs
its own event loop in a daemon thread; its methods are safe to call from any thread.

PYTEST_DONT_REWRITE
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import Iterator

HOST = "127.0.0.1"


class TcpProxy:
    """Forwards every connection to `target_host:target_port`, unless it is refusing."""

    def __init__(self, target_port: int, target_host: str = HOST, port: int = 0) -> None:
        self.target = (target_host, target_port)
        self.port = port
        self.refusing = False
        self.accepted = 0  # connections forwarded
        self.rejected = 0  # connections refused while in an outage
        self.cut = 0  # open connections cut when an outage began
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def endpoint(self) -> str:
        """``127.0.0.1:PORT`` (what a client is pointed at instead of the target)."""
        return f"{HOST}:{self.port}"

    def start(self) -> TcpProxy:
        """Listen (on `port`, or a free one) and forward; returns self."""
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        """Stop listening, cut every connection, end the thread."""
        self._call(self._close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def refuse(self) -> None:
        """From now on, reset every new connection at once and cut the open ones."""
        self._call(self._refuse())

    def restore(self) -> None:
        """Forward again."""
        self.refusing = False

    @contextlib.contextmanager
    def outage(self) -> Iterator[TcpProxy]:
        """The upstream is unreachable inside the block."""
        self.refuse()
        try:
            yield self
        finally:
            self.restore()

    def _call(self, coro: object) -> None:
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=10)  # type: ignore[arg-type]

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._client, HOST, self.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
        await self._refuse()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _refuse(self) -> None:
        self.refusing = True
        self.cut += len(self._open) // 2  # two sockets per connection
        for writer in list(self._open):
            _abort(writer)
        self._open.clear()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.refusing:
            self.rejected += 1
            _abort(writer)
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            self.rejected += 1
            _abort(writer)
            return
        self.accepted += 1
        self._open.update((writer, up_writer))
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await asyncio.gather(
                self._pipe(reader, up_writer), self._pipe(up_reader, writer), return_exceptions=True
            )
        finally:
            self._open.difference_update((writer, up_writer))
            self._tasks.discard(task)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                if self.refusing:
                    _abort(writer)
                    return
                writer.write(data)
                await writer.drain()
        except OSError:
            _abort(writer)
        else:
            writer.close()  # the other side is done: pass the close on, after what is buffered


def _abort(writer: asyncio.StreamWriter) -> None:
    """Close at once with a reset (SO_LINGER 0), as a refusing or vanished host looks."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
