import json
import pickle


class Preferences:
    def __reduce__(self):
        return (print, ("this ran while loading the pickle",))


loaded = pickle.loads(pickle.dumps(Preferences()))
print(loaded)

settings = {"theme": "light"}
settings.update(json.loads('{"theme": "dark", "__proto__": {"isAdmin": true}}'))
print(settings)
print(hasattr({}, "isAdmin"), "isAdmin" in {})
