"""Flask-CORS on Flask, applied app-wide with CORS(app, **options) as its README shows.

The endpoints are every library origin's (harness/libraries/endpoints.ts), from the constants the
harness sends with each run. The options arrive in Flask-CORS's own words (flask-cors.ts maps
them); a regular expression arrives as {"regexp": pattern, "flags": "i"} and is compiled here.
"""
import re

from flask import Flask, jsonify, make_response, request
from flask_cors import CORS


def compiled(origin):
    if isinstance(origin, dict):
        return re.compile(origin['regexp'], re.IGNORECASE if 'i' in origin.get('flags', '') else 0)
    return origin


def build_app(options, settings, endpoints):
    app = Flask('corsmatrix_flask_cors')
    if 'origins' in options:
        origins = options['origins']
        options = {**options, 'origins': [compiled(o) for o in origins] if isinstance(origins, list) else compiled(origins)}
    CORS(app, **options)
    paths = endpoints['paths']
    cache_control = settings['cacheControl']

    def json_answer(body, status=200):
        response = make_response(jsonify(body), status)
        return response

    def resource():
        response = json_answer({'endpoint': 'resource', 'method': request.method})
        response.headers[endpoints['requestIdHeader']] = endpoints['requestIdValue']
        response.headers['Cache-Control'] = cache_control
        return response

    def throws():
        raise RuntimeError(endpoints['thrownMessage'])

    def unauthorized():
        return json_answer(endpoints['unauthorizedBody'], 401)

    def validated():
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance(body.get('name'), str):
            return json_answer(endpoints['invalidBody'], 400)
        return json_answer({'endpoint': 'validated', 'name': body['name']})

    def negotiated():
        if 'application/json' in request.headers.get('Accept', ''):
            response = json_answer({'endpoint': 'negotiated', 'format': 'json'})
        else:
            response = make_response('endpoint negotiated, format text')
            response.headers['Content-Type'] = 'text/plain;charset=utf-8'
        response.vary.add('Accept')
        response.headers['Cache-Control'] = cache_control
        return response

    def own_options():
        response = json_answer({'endpoint': 'own-options', 'method': request.method})
        if request.method == 'OPTIONS':
            response.headers['Allow'] = endpoints['ownOptionsAllow']
            response.headers[endpoints['requestIdHeader']] = endpoints['requestIdValue']
        return response

    app.add_url_rule(paths['resource'], 'resource', resource, methods=['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
    app.add_url_rule(paths['throws'], 'throws', throws)
    app.add_url_rule(paths['unauthorized'], 'unauthorized', unauthorized)
    app.add_url_rule(paths['validated'], 'validated', validated, methods=['POST'])
    app.add_url_rule(paths['negotiated'], 'negotiated', negotiated)
    # Its own OPTIONS handler: Flask's automatic OPTIONS answer steps aside for it.
    app.add_url_rule(paths['own-options'], 'own_options', own_options, methods=['GET', 'OPTIONS'])
    return app
