import hashlib
import hmac
import json

SECRET = b"k7#qv"


def sign(payload):
    return hmac.new(SECRET, payload.encode(), hashlib.sha256).hexdigest()


def open_session(token, touch):
    signature, _, payload = token.partition(":")
    session = json.loads(payload)
    touch(session["user"])
    if not hmac.compare_digest(signature, sign(json.dumps(session))):
        return None
    return session


def open_session_verified(token, touch):
    signature, _, payload = token.partition(":")
    if not hmac.compare_digest(signature, sign(payload)):
        return None
    session = json.loads(payload)
    touch(session["user"])
    return session


compact = '{"user":"ada","expires":1767225600}'
genuine = sign(compact) + ":" + compact
forged = sign("anything") + ":" + '{"user":"eve","expires":1767225600}'
for opener in (open_session, open_session_verified):
    active = []
    print(opener(genuine, active.append), opener(forged, active.append), active)
