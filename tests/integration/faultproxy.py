#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
#
# faultproxy.py: a fault-injecting HTTP proxy in front of the harness's neutron-server, for the
# guided run's fault matrix (tst_guided_run_faults_integration). Python standard library only.
#
#   Usage: faultproxy.py LISTEN_PORT UPSTREAM_URL
#
# It forwards every request to UPSTREAM_URL (one upstream connection per request) and applies a
# programmed fault to the Nth request matching a method and a path prefix. It is driven through
# stdin, one JSON object per line, and answers each line on stdout with one JSON line:
#
#   {"cmd": "arm", "method": "POST", "path": "/v2.0/vpn/ikepolicies", "skip": 0,
#    "fault": "refuse" | "commit-5xx" | "reset-after-commit" | "pause" | "kill" | "hold",
#    "seconds": 3, "then": {...}}                    -> {"ok": true}
#                       "then" (optional): another fault of the same form, armed the moment this
#                       one is applied, so that no request can pass between the two
#   {"cmd": "wait"}     blocks until the armed fault was applied -> {"applied": "<what happened>"}
#   {"cmd": "release"}  lets a held answer go (and closes the client connection)
#   {"cmd": "status"}   -> {"armed": bool, "applied": [...], "forwarded": [...], "requests": N, "down": bool}
#                       ("down": not listening after a kill, or the server still stopped by a pause)
#   {"cmd": "quit"}
#
# Faults (after "skip" matching requests went through untouched):
#   refuse              503 NeutronError; the server never sees the request (refused before commit)
#   commit-5xx          forwarded (the server commits), then a 502 NeutronError instead of its answer
#   reset-after-commit  forwarded, then the client connection is reset (RST) without an answer
#   pause               the real neutron-server processes are stopped (SIGSTOP) before forwarding and
#                       continued (SIGCONT) "seconds" later; the request goes on to the server
#   kill                forwarded, then the client connection is reset and the proxy stops
#                       listening for "seconds" (connection refused), as if the server had been
#                       killed after committing and restarted; the neutron-server process itself
#                       is not killed (the harness cannot restart it)
#   hold                forwarded; the answer is held until "release" (or the client gives up)
#
# Nothing here decides whether the console behaved: the test does, with the openstack CLI.
import json
import os
import signal
import socket
import sys
import threading
import time
import urllib.parse

LISTEN_PORT = int(sys.argv[1])
UPSTREAM = urllib.parse.urlsplit(sys.argv[2])
UP_HOST, UP_PORT = UPSTREAM.hostname, UPSTREAM.port or 80

lock = threading.Lock()
armed = None          # the programmed fault, or None
applied = []          # what happened, in order
forwarded = []        # writes passed through untouched: 'POST /path -> 201'
applied_event = threading.Event()
release_event = threading.Event()
down_until = 0.0
paused = 0            # pauses not yet continued
requests = 0
listener = None
listener_lock = threading.Lock()


def log(*parts):
    print('[faultproxy]', *parts, file=sys.stderr, flush=True)


def neutron_pids():
    """This harness's neutron-server processes: those in the proxy's network namespace. /proc
    shows every process of the machine, and ctest runs other integration tests, each with a
    neutron-server of its own in its own network namespace, at the same time."""
    own_netns = os.readlink('/proc/self/ns/net')
    pids = []
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open(f'/proc/{entry}/cmdline', 'rb') as f:
                cmdline = f.read()
            if os.readlink(f'/proc/{entry}/ns/net') != own_netns:
                continue
        except OSError:
            continue
        # neutron sets its process titles ("neutron-server: rpc worker (...)"): match the text.
        if b'/usr/bin/neutron-server' in cmdline and int(entry) != os.getpid():
            pids.append(int(entry))
    return pids


def read_request(conn):
    """Reads one HTTP request (head + Content-Length body); returns (head bytes, body bytes) or None."""
    data = b''
    while b'\r\n\r\n' not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b'\r\n\r\n')
    length = 0
    for line in head.split(b'\r\n')[1:]:
        name, _, value = line.partition(b':')
        if name.strip().lower() == b'content-length':
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        rest += chunk
    return head, rest[:length]


def forward(head, body):
    """Sends the request upstream (Connection: close) and returns the whole raw answer."""
    lines = [line for line in head.split(b'\r\n') if not line.lower().startswith(b'connection:')]
    lines.append(b'Connection: close')
    up = socket.create_connection((UP_HOST, UP_PORT), timeout=120)
    try:
        up.sendall(b'\r\n'.join(lines) + b'\r\n\r\n' + body)
        answer = b''
        while True:
            chunk = up.recv(65536)
            if not chunk:
                break
            answer += chunk
        return answer
    finally:
        up.close()


def neutron_error(status, reason, kind, message):
    body = json.dumps({'NeutronError': {'type': kind, 'message': message, 'detail': ''}}).encode()
    return (f'HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n'
            f'Content-Length: {len(body)}\r\nConnection: close\r\n\r\n').encode() + body


def reset(conn):
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\x01\x00\x00\x00\x00\x00\x00\x00')
    conn.close()


def note(what):
    with lock:
        applied.append(what)
    log(what)
    applied_event.set()


def take_fault(method, path):
    """The armed fault if this request is the one it is for."""
    global armed
    with lock:
        if not armed or armed['method'] != method or not path.startswith(armed['path']):
            return None
        if armed.get('skip', 0) > 0:
            armed['skip'] -= 1
            return None
        fault = armed
        armed = dict(fault['then']) if fault.get('then') else None
        if armed:
            armed.setdefault('skip', 0)
        return fault


def serve(conn):
    global requests, down_until, paused
    try:
        while True:
            request = read_request(conn)
            if request is None:
                conn.close()
                return
            head, body = request
            method, target = head.split(b'\r\n')[0].split(b' ')[:2]
            method, path = method.decode(), urllib.parse.urlsplit(target.decode()).path
            with lock:
                requests += 1
            fault = take_fault(method, path)
            if not fault:
                answer = forward(head, body)
                if method in ('POST', 'PUT', 'DELETE'):
                    with lock:
                        forwarded.append(f'{method} {path} -> {answer.split(b" ")[1].decode()}')
                conn.sendall(answer)
                conn.close()   # one request per connection: the answer says Connection: close
                return
            kind = fault['fault']
            where = f'{method} {path}'
            if kind == 'refuse':
                conn.sendall(neutron_error(503, 'Service Unavailable', 'HTTPServiceUnavailable',
                                           'The server is currently unavailable.'))
                conn.close()
                note(f'refused {where} before the server saw it (503)')
            elif kind == 'commit-5xx':
                answer = forward(head, body)
                conn.sendall(neutron_error(502, 'Bad Gateway', 'HTTPBadGateway', 'Bad gateway.'))
                conn.close()
                note(f'{where}: server answered {answer.split(b" ")[1].decode()}, client got 502')
            elif kind == 'reset-after-commit':
                answer = forward(head, body)
                reset(conn)
                note(f'{where}: server answered {answer.split(b" ")[1].decode()}, client connection reset')
            elif kind == 'pause':
                pids = neutron_pids()
                with lock:
                    paused += 1
                for pid in pids:
                    os.kill(pid, signal.SIGSTOP)
                seconds = float(fault.get('seconds', 3))

                def resume():
                    global paused
                    time.sleep(seconds)
                    for pid in pids:
                        os.kill(pid, signal.SIGCONT)
                    with lock:
                        paused -= 1
                    log(f'SIGCONT {pids}')
                threading.Thread(target=resume, daemon=True).start()
                note(f'{where}: neutron-server {pids} SIGSTOPped for {seconds:g} s, request sent on')
                try:
                    conn.sendall(forward(head, body))
                except OSError:
                    pass
                conn.close()
            elif kind == 'kill':
                answer = forward(head, body)
                seconds = float(fault.get('seconds', 3))
                with lock:
                    down_until = time.monotonic() + seconds
                stop_listening()
                reset(conn)
                note(f'{where}: server answered {answer.split(b" ")[1].decode()}, then "killed" '
                     f'(connection reset, refused for {seconds:g} s)')
                threading.Thread(target=restart_after, args=(seconds,), daemon=True).start()
            elif kind == 'hold':
                answer = forward(head, body)
                release_event.clear()
                note(f'{where}: server answered {answer.split(b" ")[1].decode()}, answer held')
                release_event.wait(60)
                try:
                    conn.sendall(answer)
                except OSError:
                    pass
                conn.close()
            return
    except OSError as error:
        log('connection error:', error)
        try:
            conn.close()
        except OSError:
            pass


def start_listening():
    global listener
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(('127.0.0.1', LISTEN_PORT))
    sock.listen(64)
    with listener_lock:
        listener = sock
    threading.Thread(target=accept_loop, args=(sock,), daemon=True).start()


def stop_listening():
    global listener
    with listener_lock:
        sock, listener = listener, None
    if sock:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()


def restart_after(seconds):
    time.sleep(seconds)
    start_listening()
    log('listening again')


def accept_loop(sock):
    while True:
        try:
            conn, _ = sock.accept()
        except OSError:
            return
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


def reply(obj):
    sys.stdout.write(json.dumps(obj) + '\n')
    sys.stdout.flush()


def main():
    global armed
    start_listening()
    reply({'listening': LISTEN_PORT})
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        command = json.loads(line)
        cmd = command.get('cmd')
        if cmd == 'arm':
            with lock:
                armed = dict(command)
                armed.setdefault('skip', 0)
            applied_event.clear()
            reply({'ok': True})
        elif cmd == 'wait':
            applied_event.wait(float(command.get('timeout', 60)))
            with lock:
                reply({'applied': applied[-1] if applied else ''})
        elif cmd == 'release':
            release_event.set()
            reply({'ok': True})
        elif cmd == 'status':
            with lock:
                reply({'armed': armed is not None, 'applied': applied, 'requests': requests,
                       'forwarded': forwarded, 'down': listener is None or paused > 0})
        elif cmd == 'quit':
            break
    for pid in neutron_pids():   # never leave the server stopped
        os.kill(pid, signal.SIGCONT)


if __name__ == '__main__':
    main()
