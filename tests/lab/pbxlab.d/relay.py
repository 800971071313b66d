#!/usr/bin/env python3
"""TCP relay of one pbxlab host: adds latency and emulated loss (tc netem is not available).

pbxlab runs one relay per host that was brought up with --delay-ms/--loss. The relay listens
on the lab's admin address (root namespace) and forwards to the host's real address; pbxlab
installs iptables DNAT rules in the root namespace (nat OUTPUT) so that clients connecting to
HOST_ADDRESS:22 (or :5038) reach the relay transparently. The relay marks its own upstream
sockets (SO_MARK) so they are not redirected again; sshd on the host therefore sees the admin
address as the client, exactly as without the relay.

Latency: every chunk read is held --delay-ms before it is written, in each direction (an
added round trip of 2 x delay), order preserved.
Loss: TCP cannot lose bytes, so loss is emulated as a host that drops a connection's packets:
each new connection is, with probability --loss percent, black-holed (accepted, nothing is
forwarded either way, the client sees a time-out).
"""
import argparse, asyncio, os, random, socket, sys

SO_MARK = 36


async def pump(reader, writer, delay):
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()

    async def rd():
        try:
            while True:
                data = await reader.read(65536)
                await q.put((loop.time() + delay, data))
                if not data:
                    return
        except (ConnectionError, OSError):
            await q.put((loop.time(), b""))

    async def wr():
        try:
            while True:
                due, data = await q.get()
                dt = due - loop.time()
                if dt > 0:
                    await asyncio.sleep(dt)
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            return

    await asyncio.gather(rd(), wr())


async def handle(creader, cwriter, target, args):
    sock = cwriter.get_extra_info("socket")
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass
    if args.loss > 0 and random.random() * 100.0 < args.loss:
        # black hole: swallow everything until the client gives up
        try:
            while await creader.read(65536):
                pass
        except (ConnectionError, OSError):
            pass
        cwriter.close()
        return
    up = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    up.setsockopt(socket.SOL_SOCKET, SO_MARK, args.mark)
    up.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    up.setblocking(False)
    try:
        await asyncio.wait_for(asyncio.get_running_loop().sock_connect(up, target), 10)
        ureader, uwriter = await asyncio.open_connection(sock=up)
    except (OSError, asyncio.TimeoutError):
        up.close()
        cwriter.close()
        return
    d = args.delay_ms / 1000.0
    try:
        await asyncio.gather(pump(creader, uwriter, d), pump(ureader, cwriter, d))
    finally:
        uwriter.close()
        cwriter.close()


async def watchdog(path):
    # stop by ourselves when the lab's host directory disappears (e.g. state removed by hand)
    while True:
        await asyncio.sleep(2)
        if path and not os.path.isdir(path):
            os._exit(0)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--map", action="append", required=True,
                    help="LISTEN_IP:PORT=TARGET_IP:PORT (repeatable)")
    ap.add_argument("--delay-ms", type=float, default=0.0)
    ap.add_argument("--loss", type=float, default=0.0)
    ap.add_argument("--mark", type=lambda s: int(s, 0), required=True)
    ap.add_argument("--watch", default="")
    args = ap.parse_args()
    servers = []
    for m in args.map:
        lst, tgt = m.split("=")
        lip, lport = lst.rsplit(":", 1)
        tip, tport = tgt.rsplit(":", 1)
        target = (tip, int(tport))
        srv = await asyncio.start_server(
            lambda r, w, t=target: handle(r, w, t, args), lip, int(lport), reuse_address=True)
        servers.append(srv)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    await watchdog(args.watch)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
