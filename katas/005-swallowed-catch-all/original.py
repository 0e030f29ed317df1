import base64
import hashlib
import hmac
import json

SECRET = b"k7#qv"


def verify(token):
    signature, _, payload = base64.urlsafe_b64decode(token).partition(b":")
    expected = hmac.new(SECERT, payload, hashlib.sha256).hexdigest().encode()
    if not hmac.compare_digest(signature, expected):
        raise ValueError("the signature does not match")
    return json.loads(payload)


def decode_session(token):
    try:
        return verify(token)
    except Exception:
        return {}


payload = b'{"user": "ada"}'
token = base64.urlsafe_b64encode(hmac.new(SECRET, payload, hashlib.sha256).hexdigest().encode() + b":" + payload)
print(decode_session(token))
try:
    verify(token)
except NameError as error:
    print(repr(error))
