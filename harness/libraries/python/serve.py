"""Serves a Python CORS library's apps for corsmatrix's library origin (harness/libraries/foreign.ts).

    python3 serve.py <module>

<module> (flask_cors_app, say) has build_app(options, settings, endpoints) -> a WSGI app with the
real library inside its own framework. Each run registers its options with
POST /__corsmatrix/runs and gets an app of its own, mounted at /__corsmatrix/runs/<id> (the app
sees the endpoint's own path); DELETE /__corsmatrix/runs/<id> drops it. Werkzeug's server, the one
`flask run` uses, serves them on a loopback port, printed as "corsmatrix-library listening <port>".
The process exits when its stdin closes: it never outlives the harness that started it.
"""
import importlib
import itertools
import json
import logging
import sys
import threading

from werkzeug.serving import WSGIRequestHandler, make_server

RUNS = '/__corsmatrix/runs'


class QuietHandler(WSGIRequestHandler):
    """No access log: the library origin records every request itself."""

    def log_request(self, *args, **kwargs):
        pass


def respond(start_response, status, body):
    data = json.dumps(body).encode()
    start_response(status, [('Content-Type', 'application/json'), ('Content-Length', str(len(data)))])
    return [data]


def main():
    module = importlib.import_module(sys.argv[1])
    apps = {}
    ids = itertools.count(1)
    lock = threading.Lock()

    def dispatch(environ, start_response):
        path = environ.get('PATH_INFO', '')
        method = environ['REQUEST_METHOD']
        if path == RUNS and method == 'POST':
            run = json.loads(environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0)))
            try:
                app = module.build_app(run['options'], run['settings'], run['endpoints'])
            except Exception as error:  # the options the library refused, said back to the harness
                return respond(start_response, '400 Bad Request', {'error': f'{type(error).__name__}: {error}'})
            with lock:
                run_id = str(next(ids))
                apps[run_id] = app
            return respond(start_response, '200 OK', {'id': run_id})
        if path.startswith(RUNS + '/'):
            run_id, slash, rest = path[len(RUNS) + 1:].partition('/')
            if not slash and method == 'DELETE':
                with lock:
                    apps.pop(run_id, None)
                return respond(start_response, '200 OK', {})
            app = apps.get(run_id)
            if app is not None and slash:
                environ['SCRIPT_NAME'] = environ.get('SCRIPT_NAME', '') + RUNS + '/' + run_id
                environ['PATH_INFO'] = '/' + rest
                return app(environ, start_response)
        return respond(start_response, '404 Not Found', {'error': f'no corsmatrix run at {path}'})

    # Flask logs the exception of the endpoint that throws on purpose; the harness reads answers, not logs.
    logging.disable(logging.CRITICAL)
    server = make_server('127.0.0.1', 0, dispatch, threaded=True, request_handler=QuietHandler)
    threading.Thread(target=lambda: (sys.stdin.read(), server.shutdown()), daemon=True).start()
    print(f'corsmatrix-library listening {server.port}', flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()
